package org.mingle.domain.profiles;

import jakarta.inject.Singleton;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** The profile photo in the personal-data export, as the larger JPEG kept; erasure deletes it. */
@Singleton
class ProfilePhotoPersonalData implements PersonalDataSection {

    private final ProfilePhotos photos;

    ProfilePhotoPersonalData(ProfilePhotos photos) {
        this.photos = photos;
    }

    @Override
    public String name() {
        return "photo";
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Object export(AccountId account) {
        return photos.find(account, PhotoSize.LARGE).map(stored -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("mediaType", "image/jpeg");
            data.put("width", PhotoSize.LARGE.pixels());
            data.put("height", PhotoSize.LARGE.pixels());
            data.put("updatedAt", stored.entry().updatedAt().toString());
            data.put("base64", Base64.getEncoder().encodeToString(stored.jpeg()));
            return data;
        }).orElse(null);
    }

    @Override
    public void erase(AccountId account) {
        photos.delete(account);
    }
}
