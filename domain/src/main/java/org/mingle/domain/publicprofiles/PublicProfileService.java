package org.mingle.domain.publicprofiles;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.profiles.PhotoSize;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileRules;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ShownPhoto;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Public profiles (decision 45): a person's handle and opt-in page {@code /p/{handle}}, what anyone on the internet
 * sees there, and the events the person keeps on their public record. Owns the transaction and decides who may do
 * what; the page, the API and "My profile" all come through here.
 */
@Singleton
public class PublicProfileService {

    /** Events of each kind the page lists: a long record stays readable on a phone; the totals count them all. */
    public static final int RECORD_MAX = 50;

    private final PublicProfiles store;
    private final ProfileService profiles;
    private final ProfilePhotoService photos;
    private final EventService events;
    private final RegistrationService registrations;
    private final AgendaService agenda;
    private final EndorsementService endorsements;
    private final PublicPages pages;
    private final Clock clock;

    PublicProfileService(PublicProfiles store, ProfileService profiles, ProfilePhotoService photos,
                         EventService events, RegistrationService registrations, AgendaService agenda,
                         EndorsementService endorsements, PublicPages pages, Clock clock) {
        this.agenda = agenda;
        this.endorsements = endorsements;
        this.store = store;
        this.profiles = profiles;
        this.photos = photos;
        this.events = events;
        this.registrations = registrations;
        this.pages = pages;
        this.clock = clock;
    }

    /** The caller's profile with their public page settings. */
    @ReadOnly
    public OwnProfile mine(AccountId me) {
        return new OwnProfile(profiles.mine(me), settings(me));
    }

    /** The caller's public page settings; off with no handle until they choose. */
    @ReadOnly
    public PublicSettings settings(AccountId me) {
        return store.find(me).orElseGet(() -> PublicSettings.none(me));
    }

    /**
     * Saves the caller's profile and public page settings together: both are checked first, every refused field named
     * at once, and nothing is saved unless all is valid.
     *
     * @throws InvalidInputException naming every refused field of either
     * @throws HandleTakenException  when someone else has the handle (or had it), which saves nothing
     */
    @Transactional
    public OwnProfile save(AccountId me, ProfileInput profile, PublicSettingsInput settings) {
        Instant now = now();
        List<FieldError> errors = new ArrayList<>();
        Profile current = profiles.mine(me);
        try {
            ProfileRules.validate(profile, current, now);
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
        }
        PublicSettings before = settings(me);
        PublicSettings next = PublicSettingsRules.validate(settings, before, now, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Profile saved = profiles.update(me, profile);
        if (!next.equals(withTime(before, now))) {
            store.save(next, now);
        }
        pages.forget(before.handle());
        pages.forget(next.handle());
        return new OwnProfile(saved, settings(me));
    }

    /** The page of the person with this handle, if they turned it on; the same empty answer for any other handle. */
    @ReadOnly
    public Optional<PublicProfile> find(String handle) {
        String key = HandleRules.normalise(handle);
        if (!HandleRules.isHandle(key)) {
            return Optional.empty();
        }
        return pages.get(key, () -> load(key));
    }

    private Optional<PublicProfile> load(String handle) {
        return store.findShown(handle).flatMap(settings -> profiles.publicView(settings.accountId())
                .map(view -> new PublicProfile(handle, view, photos.publicPhotoSince(settings.accountId()),
                        record(settings.accountId()), first(agenda.talksGivenBy(settings.accountId())),
                        endorsements.approvedTopicsOf(settings.accountId()), settings.indexable())));
    }

    /** The photo of the person with this handle, when their page is on and the photo is PUBLIC. */
    @ReadOnly
    public Optional<ShownPhoto> photo(String handle, PhotoSize size) {
        String key = HandleRules.normalise(handle);
        if (!HandleRules.isHandle(key)) {
            return Optional.empty();
        }
        return store.findShown(key).flatMap(settings -> photos.publicPhoto(settings.accountId(), size));
    }

    /**
     * Puts an event the caller attended on their public record ("Add to profile"); keeping it again changes nothing.
     *
     * @throws org.mingle.domain.events.EventNotFoundException when the caller may not see the event
     * @throws NotAttendedException                            when the caller did not attend it ({@link AttendanceRule})
     */
    @Transactional
    public void keep(AccountId me, EventId event) {
        if (keepState(me, event) == KeepState.NOT_ATTENDED) {
            throw new NotAttendedException();
        }
        store.keep(me, event, now());
        forgetPageOf(me);
    }

    /** Takes an event off the caller's public record; whether it was on it. */
    @Transactional
    public boolean drop(AccountId me, EventId event) {
        boolean dropped = store.drop(me, event);
        forgetPageOf(me);
        return dropped;
    }

    /**
     * Whether the caller attended the event, and whether it is on their record: what "Add to profile" offers.
     *
     * @throws org.mingle.domain.events.EventNotFoundException when the caller may not see the event
     */
    @ReadOnly
    public KeepState keepState(AccountId me, EventId id) {
        Event event = events.get(Optional.of(me), id);
        boolean attended = registrations.latestAt(me, id)
                .filter(r -> AttendanceRule.attended(r.status(), r.checkedIn(), event.status(),
                        event.details().endsAt(), clock.instant()))
                .isPresent();
        if (store.isKept(me, id)) {
            return KeepState.KEPT;
        }
        return attended ? KeepState.KEEPABLE : KeepState.NOT_ATTENDED;
    }

    /**
     * The account's public record as anyone sees it: the events it kept and the events it organizes, private and
     * unlisted ones left out.
     */
    @ReadOnly
    public PublicRecord record(AccountId account) {
        List<RecordEvent> attended = events.shownPublicly(store.kept(account).stream().map(PublicProfiles.Kept::event)
                .toList()).stream().map(RecordEvent::of).toList();
        List<RecordEvent> organized = events.shownPublicly(events.ledBy(account)).stream()
                .map(RecordEvent::of).toList();
        return new PublicRecord(first(attended), attended.size(), first(organized), organized.size());
    }

    private void forgetPageOf(AccountId account) {
        pages.forget(store.find(account).flatMap(PublicSettings::handle));
    }

    private static <T> List<T> first(List<T> items) {
        return items.size() <= RECORD_MAX ? items : items.subList(0, RECORD_MAX);
    }

    private static PublicSettings withTime(PublicSettings settings, Instant time) {
        return new PublicSettings(settings.accountId(), settings.handle(), settings.shown(), settings.indexable(),
                time);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
