package org.mingle.domain.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.curated.EventCategories.Rule;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRuleException;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.registration.RegistrationNotFoundException;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.testsupport.MicronautPostgres;

/** Categories and rules as stored, and how meeting requests, recommendations and the scheduler's rule keep to them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryServiceTest implements MicronautPostgres {

    private static final List<Category> SUMMIT = List.of(new Category("founder", "Founders"),
            new Category("investor", "Investors"), new Category("mentor", "Mentors"));
    /** Founders meet everyone, each other included; investors do not meet investors, nor mentors mentors. */
    private static final List<Rule> RULES = List.of(new Rule("founder", "investor"), new Rule("founder", "mentor"),
            new Rule("founder", "founder"), new Rule("investor", "mentor"));

    @Inject
    CategoryService categories;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;
    @Inject
    RecommendationService recommendations;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    PersonalDataService personalData;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void organizersDefineCategoriesAndRulesThatEveryReaderOfTheEventSees() {
        var event = TestEvents.published(events, organizer, 10, false);
        var stranger = TestPeople.create(sql, 1, "Stranger").get(0);

        var stored = categories.replace(organizer, event, SUMMIT, RULES);

        assertThat(stored.categories()).containsExactlyElementsOf(SUMMIT);
        assertThat(stored.rules()).containsExactlyInAnyOrder(CategoryPair.of("founder", "investor"),
                CategoryPair.of("founder", "mentor"), CategoryPair.of("founder", "founder"),
                CategoryPair.of("investor", "mentor"));
        assertThat(categories.categories(Optional.of(stranger), event)).isEqualTo(stored);
        assertThat(categories.categories(Optional.empty(), event)).isEqualTo(stored);
        assertThatThrownBy(() -> categories.replace(stranger, event, SUMMIT, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.replace(organizer, event, SUMMIT, List.of(new Rule("founder", "angel"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(categories.categories(Optional.empty(), event)).as("a refused change changes nothing")
                .isEqualTo(stored);
    }

    @Test
    void aDraftsCategoriesStayHiddenFromOthers() {
        var start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer, new EventInput("Draft", "", start,
                start.plusSeconds(3600), "Europe/Berlin", "Hub", 10, null, false, 0.5, false, 10)).id();
        categories.replace(organizer, draft, SUMMIT, RULES);
        var stranger = TestPeople.create(sql, 1, "Stranger").get(0);

        assertThatThrownBy(() -> categories.categories(Optional.of(stranger), draft))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> categories.replace(stranger, draft, SUMMIT, RULES))
                .isInstanceOf(EventNotFoundException.class);
    }

    @Test
    void organizersPutRegistrantsIntoCategoriesAndTakeThemOut() {
        var event = TestEvents.published(events, organizer, 10, false);
        categories.replace(organizer, event, SUMMIT, RULES);
        var ivy = attendee(event, "Ivy");
        var otherEvent = TestEvents.published(events, organizer, 10, false);
        var elsewhere = attendee(otherEvent, "Elsewhere");

        assertThat(categories.assign(organizer, event, registrationOf(ivy, event), "investor"))
                .isEqualTo(new Assignment(registrationOf(ivy, event), ivy,
                        Optional.of(new Category("investor", "Investors"))));
        assertThat(categories.mine(ivy, event)).contains(new Category("investor", "Investors"));
        assertThat(categories.assignments(organizer, event)).containsEntry(ivy, new Category("investor", "Investors"));

        assertThatThrownBy(() -> categories.assign(organizer, event, registrationOf(ivy, event), "angel"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("category");
        assertThatThrownBy(() -> categories.assign(organizer, event, registrationOf(elsewhere, otherEvent), "founder"))
                .isInstanceOf(RegistrationNotFoundException.class);
        assertThatThrownBy(() -> categories.assign(ivy, event, registrationOf(ivy, event), "founder"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.assignments(ivy, event)).isInstanceOf(AccessDeniedException.class);

        assertThat(categories.assign(organizer, event, registrationOf(ivy, event), null).category()).isEmpty();
        assertThat(categories.mine(ivy, event)).isEmpty();
    }

    @Test
    void aCategoryTakenAwayTakesItsPeopleWithItAndTheOthersKeepTheirs() {
        var event = TestEvents.published(events, organizer, 10, false);
        categories.replace(organizer, event, SUMMIT, RULES);
        var ivy = attendee(event, "Ivy");
        var fay = attendee(event, "Fay");
        categories.assign(organizer, event, registrationOf(ivy, event), "investor");
        categories.assign(organizer, event, registrationOf(fay, event), "founder");

        categories.replace(organizer, event, List.of(new Category("founder", "Start-ups"),
                new Category("mentor", "Mentors")), List.of(new Rule("founder", "mentor")));

        assertThat(categories.assignments(organizer, event)).containsExactly(
                Map.entry(fay, new Category("founder", "Start-ups")));
        categories.replace(organizer, event, List.of(), List.of());
        assertThat(categories.categories(Optional.empty(), event)).isEqualTo(EventCategories.NONE);
        assertThat(categories.assignments(organizer, event)).isEmpty();
    }

    @Test
    void aRequestBetweenCategoriesThatMayNotMeetIsRefusedWithAReadableReason() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ivy = attendee(event, "Ivy");
        var ian = attendee(event, "Ian");
        var fay = attendee(event, "Fay");
        var newcomer = attendee(event, "Newcomer");
        categories.replace(organizer, event, SUMMIT, RULES);
        categories.assign(organizer, event, registrationOf(ivy, event), "investor");
        categories.assign(organizer, event, registrationOf(ian, event), "investor");
        categories.assign(organizer, event, registrationOf(fay, event), "founder");

        assertThatThrownBy(() -> meetings.request(ivy, event, ian, null))
                .isInstanceOf(MeetingRuleException.class)
                .hasMessage("At this event the organizers arrange meetings for Investors with Founders and Mentors "
                        + "only.");
        assertThat(meetings.request(ivy, event, fay, null).to()).isEqualTo(fay);
        assertThat(meetings.request(ivy, event, newcomer, null).to()).as("someone without a category meets anyone")
                .isEqualTo(newcomer);

        categories.replace(organizer, event, SUMMIT, List.of(new Rule("investor", "investor")));
        assertThat(meetings.request(ian, event, ivy, null).to()).as("the new rule holds at once").isEqualTo(ivy);
    }

    @Test
    void aRequestSentBeforeTheRulesChangedCannotBeAcceptedAfter() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ivy = attendee(event, "Ivy");
        var ian = attendee(event, "Ian");
        var request = meetings.request(ian, event, ivy, null);
        categories.replace(organizer, event, SUMMIT, RULES);
        categories.assign(organizer, event, registrationOf(ivy, event), "investor");
        categories.assign(organizer, event, registrationOf(ian, event), "investor");

        assertThatThrownBy(() -> meetings.accept(ivy, event, request.id())).isInstanceOf(MeetingRuleException.class);
    }

    @Test
    void recommendationsLeaveOutWhomTheRulesKeepApartAndFollowEveryChange() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ivy = attendee(event, "Ivy");
        var ian = attendee(event, "Ian");
        var fay = attendee(event, "Fay");
        assertThat(recommended(ivy, event)).containsExactlyInAnyOrder(ian, fay);

        categories.replace(organizer, event, SUMMIT, RULES);
        categories.assign(organizer, event, registrationOf(ivy, event), "investor");
        assertThat(recommended(ivy, event)).as("Ian has no category yet").containsExactlyInAnyOrder(ian, fay);

        categories.assign(organizer, event, registrationOf(ian, event), "investor");
        assertThat(recommended(ivy, event)).containsExactly(fay);
        assertThat(recommended(ian, event)).containsExactly(fay);
        assertThat(recommended(fay, event)).containsExactlyInAnyOrder(ivy, ian);

        categories.replace(organizer, event, SUMMIT, List.of(new Rule("investor", "investor")));
        assertThat(recommended(ivy, event)).as("the rule changed").containsExactlyInAnyOrder(ian, fay);
        assertThat(recommended(fay, event)).as("Fay has no category").containsExactlyInAnyOrder(ivy, ian);
    }

    @Test
    void theSchedulersRuleFollowsTheCategoriesAsTheyAre() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ivy = attendee(event, "Ivy");
        var ian = attendee(event, "Ian");
        var fay = attendee(event, "Fay");
        assertThat(categories.ruleFor(event)).isSameAs(MeetingRule.ANYONE);

        categories.replace(organizer, event, SUMMIT, RULES);
        categories.assign(organizer, event, registrationOf(ivy, event), "investor");
        categories.assign(organizer, event, registrationOf(ian, event), "investor");
        categories.assign(organizer, event, registrationOf(fay, event), "founder");
        var rule = categories.ruleFor(event);

        assertThat(rule.mayMeet(ivy, ian)).isFalse();
        assertThat(rule.mayMeet(ian, ivy)).isFalse();
        assertThat(rule.mayMeet(ivy, fay)).isTrue();
    }

    @Test
    void aPersonsCategoriesAreInTheirExportAndErasureTakesThemOut() {
        var event = TestEvents.published(events, organizer, 10, false);
        categories.replace(organizer, event, SUMMIT, RULES);
        var leaving = TestAccounts.signUp(accounts, "Leaving Person").id();
        registrations.register(leaving, event);
        categories.assign(organizer, event, registrationOf(leaving, event), "mentor");

        assertThat(personalData.export(leaving).get("registrationCategories")).isEqualTo(List.of(Map.of(
                "eventId", event.toString(), "category", "mentor", "name", "Mentors")));

        accounts.erase(leaving, null);

        assertThat(personalData.export(leaving).get("registrationCategories")).isEqualTo(List.of());
        assertThat(categories.assignments(organizer, event)).doesNotContainKey(leaving);
    }

    private List<AccountId> recommended(AccountId viewer, EventId event) {
        return recommendations.recommendations(viewer, event, 10).stream().map(PersonToMeet::accountId).toList();
    }

    private RegistrationId registrationOf(AccountId person, EventId event) {
        return registrations.mineAt(person, event).orElseThrow().id();
    }

    private AccountId attendee(EventId event, String name) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, "", "", "", "", null, List.of("Climate"), List.of(), List.of(),
                List.of(), Map.of("interests", "ATTENDEES")));
        registrations.register(person, event);
        return person;
    }
}
