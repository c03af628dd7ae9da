package org.mingle.domain.demo;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.publicprofiles.KeepState;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.publicprofiles.PublicSettingsInput;
import org.mingle.domain.shared.AccountId;

/**
 * Public pages in the demo (decision 45): the demo attendee at {@code /p/alex-demo} and Ana Ribeiro at
 * {@code /p/ana-ribeiro} (photo shown, search engines allowed) keep the breakfast they attended on their record; the
 * demo organizer's page {@code /p/demo-organizer} lists the published events they organize.
 */
@Singleton
class DemoPublicProfiles {

    static final String ATTENDEE_HANDLE = "alex-demo";

    private final PublicProfileService publicProfiles;

    DemoPublicProfiles(PublicProfileService publicProfiles) {
        this.publicProfiles = publicProfiles;
    }

    /** Runs in the caller's transaction, after the breakfast was held. */
    void seed(AccountId organizer, List<AccountId> demoPeople, EventId breakfast) {
        open(demoPeople.get(0), DemoPeople.ALL.get(0).profile(), ATTENDEE_HANDLE, false,
                Map.of("headline", "PUBLIC", "company", "PUBLIC", "industry", "PUBLIC", "interests", "PUBLIC",
                        "seeking", "PUBLIC", "offering", "PUBLIC"));
        open(demoPeople.get(1), DemoPeople.ALL.get(1).profile(), "ana-ribeiro", true,
                Map.of("headline", "PUBLIC", "company", "PUBLIC", "interests", "PUBLIC", "links", "PUBLIC",
                        "photo", "PUBLIC"));
        for (AccountId person : demoPeople.subList(0, 2)) {
            // Only someone who attended can keep it; a guest the seed left out at the door is skipped, since a refused
            // call would mark the seeding transaction for rollback.
            if (publicProfiles.keepState(person, breakfast) == KeepState.KEEPABLE) {
                publicProfiles.keep(person, breakfast);
            }
        }
        publicProfiles.save(organizer, new ProfileInput(null, "Runs Berlin's climate tech meetups", "", "", "", null,
                List.of(), null, null, null, Map.of("headline", "PUBLIC")),
                new PublicSettingsInput("demo-organizer", true, false));
    }

    private void open(AccountId person, ProfileInput profile, String handle, boolean indexable,
                      Map<String, String> shown) {
        Map<String, String> visibility = new HashMap<>(profile.visibility());
        visibility.putAll(shown);
        var input = new ProfileInput(profile.displayName(), profile.headline(), profile.bio(), profile.company(),
                profile.industry(), profile.seniority(), profile.interests(), profile.seeking(), profile.offering(),
                profile.links(), visibility);
        publicProfiles.save(person, input, new PublicSettingsInput(handle, true, indexable));
    }
}
