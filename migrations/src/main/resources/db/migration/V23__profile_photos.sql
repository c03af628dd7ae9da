-- Profile photos (decision 32): never the uploaded file, only square JPEGs re-encoded from it in the two sizes Mingle
-- shows (256 px on a profile, 64 px beside a name in lists), so serving one neither decodes nor scales, and nothing of
-- the upload's metadata (a phone photo's EXIF names where it was taken) is ever kept. Profiles own the table; a photo
-- may come before the first saved profile, so it hangs on the account.
create table profile_photos (
    account_id uuid        primary key references accounts (id) on delete cascade,
    jpeg_256   bytea       not null check (octet_length(jpeg_256) between 1 and 262144),
    jpeg_64    bytea       not null check (octet_length(jpeg_64) between 1 and 32768),
    updated_at timestamptz not null default now()
);

-- Who sees the photo is one more field of the profile's visibility.
alter table profile_visibility
    drop constraint profile_visibility_field_check,
    add constraint profile_visibility_field_check check (field in ('HEADLINE', 'BIO', 'COMPANY', 'INDUSTRY',
        'SENIORITY', 'INTERESTS', 'SEEKING', 'OFFERING', 'LINKS', 'PHOTO'));
