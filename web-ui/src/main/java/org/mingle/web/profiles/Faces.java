package org.mingle.web.profiles;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Collection;
import java.util.Set;
import org.mingle.domain.profiles.PhotoSize;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;

/**
 * The faces of the people one page shows, as its viewer may see them: which of them show the viewer a photo is
 * looked up once for the whole list, and each photo is loaded with the viewer's rights when the browser asks for it,
 * checked again then (a photo hidden in the meantime is not sent).
 */
public final class Faces {

    /** Long enough for a page's redraws to reuse the image, short enough that hiding it soon takes effect. */
    private static final String CACHING = "private, max-age=300";

    private final ProfilePhotoService photos;
    private final AccountId viewer;
    private final Set<AccountId> withPhoto;

    private Faces(ProfilePhotoService photos, AccountId viewer, Set<AccountId> withPhoto) {
        this.photos = photos;
        this.viewer = viewer;
        this.withPhoto = Set.copyOf(withPhoto);
    }

    /** The faces of these people as the viewer sees them. */
    public static Faces of(ProfilePhotoService photos, AccountId viewer, Collection<AccountId> people) {
        return new Faces(photos, viewer, photos.shownTo(viewer, people).keySet());
    }

    /**
     * The faces of people for a visitor who is not signed in: initials only, as photos show to signed-in people
     * whom their owners' settings allow.
     */
    public static Faces forVisitor(ProfilePhotoService photos) {
        return new Faces(photos, null, Set.of());
    }

    /** A small face, for a list or a card. */
    public Avatar small(AccountId person, String name) {
        return avatar(person, name, Avatar.Size.SMALL);
    }

    /** A large face, at the top of a profile. */
    public Avatar large(AccountId person, String name) {
        return avatar(person, name, Avatar.Size.LARGE);
    }

    /**
     * The address of the person's small photo for a drawing the element shows (an SVG's {@code <image>}), or null
     * where the viewer sees initials; the address lives as long as the element stays attached.
     */
    public String smallPhotoAddress(AccountId person, Element owner) {
        if (!withPhoto.contains(person)) {
            return null;
        }
        var registration = VaadinSession.getCurrent().getResourceRegistry()
                .registerResource(download(person, PhotoSize.SMALL), owner);
        owner.addDetachListener(detached -> registration.unregister());
        return registration.getResourceUri().toString();
    }

    private Avatar avatar(AccountId person, String name, Avatar.Size size) {
        if (!withPhoto.contains(person)) {
            return Avatar.initials(person, name, size);
        }
        PhotoSize pixels = size == Avatar.Size.LARGE ? PhotoSize.LARGE : PhotoSize.SMALL;
        return Avatar.photo(person, name, size, download(person, pixels));
    }

    private DownloadHandler download(AccountId person, PhotoSize size) {
        return event -> {
            var photo = photos.photo(viewer, person, size);
            if (photo.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] jpeg = photo.get().jpeg();
            event.setContentType("image/jpeg");
            event.setContentLength(jpeg.length);
            event.getResponse().setHeader("Cache-Control", CACHING);
            event.getOutputStream().write(jpeg);
        };
    }
}
