package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.BLOCKS;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;
import static org.mingle.db.jooq.Tables.PROFILES;
import static org.mingle.db.jooq.Tables.PROFILE_INTERESTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.testsupport.MicronautPostgres;

/** The profile, meeting requests and blocks in a person's data export, and what erasure leaves of them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkingPersonalDataTest implements MicronautPostgres {

    @Inject
    PersonalDataService personalData;
    @Inject
    ProfileService profiles;
    @Inject
    MeetingRequestService meetings;
    @Inject
    BlockService blocks;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    DSLContext sql;

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsProfileRequestsAndBlocksAndErasureForgetsThem() {
        var organizer = TestAccounts.signUp(accounts, "Olga").id();
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = TestAccounts.signUp(accounts, "Ana Export").id();
        var ben = TestAccounts.signUp(accounts, "Ben Export").id();
        var cid = TestAccounts.signUp(accounts, "Cid Export").id();
        List.of(ana, ben, cid).forEach(person -> registrations.register(person, event));
        profiles.update(ana, new ProfileInput(null, "Secret founder", "", "", "", null, List.of("Stealth topic"),
                List.of(), List.of(), List.of(), Map.of("interests", "PRIVATE")));
        var matched = meetings.request(ana, event, ben, "Ana's words");
        meetings.accept(ben, event, matched.id());
        var pending = meetings.request(cid, event, ana, "Cid's words");
        blocks.block(ana, organizer);

        var export = personalData.export(ana);

        var profile = (Map<String, Object>) export.get("profile");
        assertThat(profile).containsEntry("headline", "Secret founder")
                .containsEntry("interests", List.of("Stealth topic"));
        assertThat((Map<String, Object>) profile.get("visibility")).containsEntry("interests", "PRIVATE");
        var requests = (List<Map<String, Object>>) export.get("meetingRequests");
        assertThat(requests).extracting(item -> item.get("direction") + " " + item.get("status") + " " + item.get("message"))
                .containsExactly("SENT ACCEPTED Ana's words", "RECEIVED PENDING Cid's words");
        assertThat((List<Map<String, Object>>) export.get("blocks")).singleElement()
                .satisfies(block -> assertThat(block).containsEntry("blockedAccountId", organizer.toString()));
        assertThat(export.keySet()).containsSubsequence("account", "profile", "registrations", "meetingRequests");

        accounts.erase(ana, "127.0.0.1");

        assertThat(sql.fetchCount(PROFILES, PROFILES.ACCOUNT_ID.eq(ana))).isZero();
        assertThat(sql.fetchCount(PROFILE_INTERESTS, PROFILE_INTERESTS.ACCOUNT_ID.eq(ana))).isZero();
        assertThat(sql.fetchCount(BLOCKS, BLOCKS.BLOCKER_ID.eq(ana))).isZero();
        assertThat(sql.fetchCount(MEETING_REQUESTS, MEETING_REQUESTS.MESSAGE.eq("Ana's words"))).isZero();
        assertThat(sql.fetchCount(MEETING_REQUESTS, MEETING_REQUESTS.MESSAGE.eq("Cid's words")))
                .as("what others wrote is theirs").isOne();
        assertThat(sql.select(MEETING_REQUESTS.STATUS).from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.ID.eq(pending.id())).fetchOne(MEETING_REQUESTS.STATUS))
                .isEqualTo(MeetingRequestStatus.CANCELLED);
        assertThat(meetings.requests(cid, event)).as("an erased person no longer appears").isEmpty();
        assertThat(sql.fetchCount(MEETING_REQUESTS, MEETING_REQUESTS.ID.eq(matched.id())
                .and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.ACCEPTED))))
                .as("the match still counts, anonymously").isOne();
    }
}
