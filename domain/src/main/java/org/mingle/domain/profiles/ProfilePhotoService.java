package org.mingle.domain.profiles;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/**
 * Profile photos (decision 32): one's own to upload and remove, other people's as far as the visibility their owner
 * chose for the {@link ProfileField#PHOTO photo} lets the viewer see them, exactly as for the other profile fields.
 */
@Singleton
public class ProfilePhotoService {

    private final ProfilePhotos photos;
    private final ProfileService profiles;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ProfilePhotoService(ProfilePhotos photos, ProfileService profiles, TransactionOperations<Connection> transactions,
                        Clock clock) {
        this.photos = photos;
        this.profiles = profiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Replaces the caller's photo with one made from the uploaded bytes ({@link PhotoRules}). The image is prepared
     * before the transaction: decoding and scaling need no database connection.
     *
     * @return when the new photo was saved
     * @throws NotAnImageException    when the bytes are no image Mingle reads
     * @throws ImageTooLargeException when the image is over the limits
     */
    public Instant upload(AccountId me, byte[] upload) {
        PreparedPhoto photo = PhotoRules.prepare(upload);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.executeWrite(status -> {
            photos.save(me, photo, now);
            return now;
        });
    }

    /** Removes the caller's photo; whether there was one. */
    @Transactional
    public boolean remove(AccountId me) {
        return photos.delete(me);
    }

    /** The owner's photo in this size, when the owner has one and shows it to the viewer. */
    @ReadOnly
    public Optional<ShownPhoto> photo(AccountId viewer, AccountId owner, PhotoSize size) {
        return photos.find(owner, size)
                .filter(stored -> stored.entry().visibility().visibleTo(profiles.relationship(viewer, owner)))
                .map(stored -> new ShownPhoto(stored.jpeg(), size, stored.entry().updatedAt(),
                        stored.entry().visibility() == Visibility.PUBLIC));
    }

    /** The owner's photo in this size for anyone, signed in or not: only when its visibility is PUBLIC. */
    @ReadOnly
    public Optional<ShownPhoto> publicPhoto(AccountId owner, PhotoSize size) {
        return photos.find(owner, size).filter(stored -> stored.entry().visibility() == Visibility.PUBLIC)
                .map(stored -> new ShownPhoto(stored.jpeg(), size, stored.entry().updatedAt(), true));
    }

    /** When the owner's PUBLIC photo last changed; empty when there is none or it is not PUBLIC. */
    @ReadOnly
    public Optional<Instant> publicPhotoSince(AccountId owner) {
        return Optional.ofNullable(photos.entries(List.of(owner)).get(owner))
                .filter(entry -> entry.visibility() == Visibility.PUBLIC).map(ProfilePhotos.Entry::updatedAt);
    }

    /**
     * Those of the owners whose photo the viewer may see, with when it last changed; the others have none or hide it
     * (their initials show instead). One batch whatever the number of owners, for lists of people.
     */
    @ReadOnly
    public Map<AccountId, Instant> shownTo(AccountId viewer, Collection<AccountId> owners) {
        Map<AccountId, ProfilePhotos.Entry> entries = photos.entries(owners);
        if (entries.isEmpty()) {
            return Map.of();
        }
        Map<AccountId, Relationship> relationships = profiles.relationships(viewer, entries.keySet());
        Map<AccountId, Instant> shown = new HashMap<>();
        entries.forEach((owner, entry) -> {
            if (entry.visibility().visibleTo(relationships.get(owner))) {
                shown.put(owner, entry.updatedAt());
            }
        });
        return shown;
    }
}
