package org.mingle.domain.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.curated.EventCategories.Rule;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

class EventCategoriesTest {

    private static final Category FOUNDERS = new Category("founder", "Founders");
    private static final Category INVESTORS = new Category("investor", "Investors");
    private static final Category MENTORS = new Category("mentor", "Mentors");

    /** Founders meet investors, mentors and each other; mentors meet founders only; investors never meet investors. */
    private static EventCategories summit() {
        return EventCategories.check(List.of(FOUNDERS, INVESTORS, MENTORS), List.of(new Rule("founder", "investor"),
                new Rule("mentor", "founder"), new Rule("founder", "founder")));
    }

    @Test
    void aRuleLetsBothWaysMeetAndAnUnlistedPairStaysApart() {
        var rules = summit();

        assertThat(rules.mayMeet("founder", "investor")).isTrue();
        assertThat(rules.mayMeet("investor", "founder")).isTrue();
        assertThat(rules.mayMeet("founder", "mentor")).isTrue();
        assertThat(rules.mayMeet("founder", "founder")).isTrue();
        assertThat(rules.mayMeet("investor", "investor")).isFalse();
        assertThat(rules.mayMeet("investor", "mentor")).isFalse();
        assertThat(rules.mayMeet("mentor", "mentor")).isFalse();
    }

    @Test
    void peopleWithoutACategoryAndEventsWithoutCategoriesLetEveryoneMeet() {
        assertThat(summit().mayMeet(null, "investor")).isTrue();
        assertThat(summit().mayMeet("investor", null)).isTrue();
        assertThat(summit().mayMeet(null, null)).isTrue();
        assertThat(EventCategories.NONE.mayMeet("investor", "investor")).isTrue();
        assertThat(EventCategories.check(List.of(), List.of())).isEqualTo(EventCategories.NONE);
    }

    @Test
    void theMeetingRuleAsksByAccountWhateverTheOrder() {
        var ivy = new AccountId(UUID.randomUUID());
        var ian = new AccountId(UUID.randomUUID());
        var fay = new AccountId(UUID.randomUUID());
        var newcomer = new AccountId(UUID.randomUUID());
        var rule = summit().meetingRule(Map.of(ivy, "investor", ian, "investor", fay, "founder"));

        assertThat(rule.mayMeet(ivy, ian)).isFalse();
        assertThat(rule.mayMeet(ian, ivy)).isFalse();
        assertThat(rule.mayMeet(ivy, fay)).isTrue();
        assertThat(rule.mayMeet(fay, ivy)).isTrue();
        assertThat(rule.mayMeet(ivy, newcomer)).isTrue();
        assertThat(EventCategories.NONE.meetingRule(Map.of(ivy, "investor"))).isSameAs(MeetingRule.ANYONE);
    }

    @Test
    void theRefusalNamesTheAskersCategoryAndWhomItMayMeetInTheOrganizersOrder() {
        assertThat(summit().refusal("investor"))
                .isEqualTo("At this event the organizers arrange meetings for Investors with Founders only.");
        assertThat(summit().refusal("founder")).isEqualTo(
                "At this event the organizers arrange meetings for Founders with Founders, Investors and Mentors only.");
        var lonely = EventCategories.check(List.of(FOUNDERS, INVESTORS), List.of(new Rule("founder", "founder")));
        assertThat(lonely.refusal("investor")).isEqualTo("At this event the organizers arrange no meetings for Investors.");
    }

    @Test
    void namesAreTrimmedAndEachRuleIsKeptOnce() {
        var checked = EventCategories.check(List.of(new Category("founder", "  Founders "), INVESTORS),
                List.of(new Rule("founder", "investor"), new Rule("investor", "founder")));

        assertThat(checked.categories()).containsExactly(FOUNDERS, INVESTORS);
        assertThat(checked.rules()).containsExactly(CategoryPair.of("founder", "investor"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var errors = errors(List.of(new Category("Founder", "Founders"), new Category("investor", ""),
                new Category("investor", "Angels"), new Category(null, null)),
                List.of(new Rule("investor", "angel"), new Rule(null, "investor")));

        assertThat(errors).extracting(FieldError::field).containsExactly("categories[0].key", "categories[1].name",
                "categories[2].key", "categories[3].key", "categories[3].name", "rules[0].to", "rules[1].from");
        assertThat(errors.get(0).message()).contains("lower-case letters, digits or hyphens");
        assertThat(errors.get(2).message()).isEqualTo("is used by another category");
        assertThat(errors.get(5).message()).isEqualTo("is not one of the categories");
    }

    @Test
    void namesAreUniqueWhateverTheirCaseAndLimitedInLength() {
        assertThat(errors(List.of(FOUNDERS, new Category("others", "FOUNDERS")), List.of()))
                .containsExactly(new FieldError("categories[1].name", "is the name of another category"));
        assertThat(errors(List.of(new Category("a", "x".repeat(61))), List.of()))
                .containsExactly(new FieldError("categories[0].name", "must be at most 60 characters"));
        assertThat(errors(List.of(new Category("a".repeat(31), "Long")), List.of()))
                .extracting(FieldError::field).containsExactly("categories[0].key");
        assertThat(errors(List.of(new Category("a", "Tab\there")), List.of()))
                .extracting(FieldError::field).containsExactly("categories[0].name");
    }

    @Test
    void atMostTwentyCategoriesAndNoRuleWithoutCategories() {
        List<Category> twenty = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            twenty.add(new Category("c" + i, "Category " + i));
        }
        assertThat(EventCategories.check(twenty.subList(0, 20), List.of()).categories()).hasSize(20);
        assertThat(errors(twenty, List.of()))
                .containsExactly(new FieldError("categories", "must list at most 20 categories"));
        assertThat(errors(List.of(), List.of(new Rule("founder", "investor"))))
                .extracting(FieldError::field).containsExactly("rules[0].from", "rules[0].to");
    }

    private static List<FieldError> errors(List<Category> categories, List<Rule> rules) {
        try {
            EventCategories.check(categories, rules);
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
        throw new AssertionError("the categories were accepted");
    }
}
