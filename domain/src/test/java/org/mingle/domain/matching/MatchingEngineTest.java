package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.matching.Reason.Kind;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * A worked example. Four attendees, perspective weight 0.5, colleagues excluded:
 *
 * <pre>
 *          interests                 seeking      offering               industry          seniority  company
 * Ada      Climate Tech, Rust        INVESTMENT   MENTORSHIP             Energy            SENIOR     Sunfarm
 * Ben      climate tech, AI          MENTORSHIP   INVESTMENT, ADVICE     Finance           JUNIOR     Northfund
 * Cleo     AI, Rust, Music           -            -                      Energy            SENIOR     Sunfarm
 * Dan      Rust, Music               JOB          -                      (Secret: PRIVATE) MID        -
 * </pre>
 *
 * Rarity: climate tech, AI and music are listed by 2 of 4 (ln(1 + 4/2) = ln 3), Rust by 3 (ln(1 + 4/3) = ln 7/3).
 * Ada and Ben share climate tech: interest = ln 3 / sqrt(W(Ada) W(Ben)) = ln 3 / sqrt(ln 7 * 2 ln 3) = 0.5313; each
 * seeks what the other offers: goal = (1 + 1) / 2 = 1; other industry and seniority: perspective = 1; score = 0.5313 +
 * 1 + 0.5 * 1 = 2.0313. Ada and Dan share Rust: interest = ln(7/3) / sqrt(ln 7 * ln 7) = 0.4354; goal 0; Dan's
 * industry is private, so only the other seniority counts: score = 0.4354 + 0.5 * 0.5 = 0.6854. Cleo is Ada's colleague.
 */
class MatchingEngineTest {

    private static final AccountId ADA = id(1);
    private static final AccountId BEN = id(2);
    private static final AccountId CLEO = id(3);
    private static final AccountId DAN = id(4);

    private static final List<Attendee> PEOPLE = List.of(
            new Attendee(ADA, "Ada", interests("Climate Tech", "Rust"), Set.of(Goal.INVESTMENT),
                    Set.of(Goal.MENTORSHIP), "Energy", Seniority.SENIOR, "Sunfarm", Attendee.visibleToAttendees()),
            new Attendee(BEN, "Ben", interests("climate tech", "AI"), Set.of(Goal.MENTORSHIP),
                    Set.of(Goal.INVESTMENT, Goal.ADVICE), "Finance", Seniority.JUNIOR, "Northfund",
                    Attendee.visibleToAttendees()),
            new Attendee(CLEO, "Cleo", interests("AI", "Rust", "Music"), Set.of(), Set.of(), "Energy",
                    Seniority.SENIOR, "sunfarm ", Attendee.visibleToAttendees()),
            new Attendee(DAN, "Dan", interests("Rust", "Music"), Set.of(Goal.JOB), Set.of(), "Secret Agency",
                    Seniority.MID, null, with(ProfileField.INDUSTRY, Visibility.PRIVATE)));

    private static final MatchSettings SETTINGS = new MatchSettings(0.5, true);

    @Test
    void partnersAreTheRecommendationsWithoutReasonsAndMayMeetFollowsTheExclusions() {
        MatchingEngine engine = MatchingEngine.of(PEOPLE,
                new Exclusions(Set.of(Exclusions.Pair.of(BEN, DAN)), Set.of()), SETTINGS);

        assertThat(engine.bestPartners(ADA, 3)).extracting(Partner::accountId)
                .containsExactlyElementsOf(engine.topK(ADA, 3).stream().map(Recommendation::accountId).toList());
        assertThat(engine.bestPartners(ADA, 3)).extracting(Partner::score)
                .containsExactlyElementsOf(engine.topK(ADA, 3).stream().map(Recommendation::score).toList());
        assertThat(engine.bestPartners(ADA, 0)).isEmpty();
        assertThat(engine.mayMeet(ADA, BEN)).isTrue();
        assertThat(engine.mayMeet(ADA, CLEO)).as("colleagues kept apart").isFalse();
        assertThat(engine.mayMeet(BEN, DAN)).as("blocked").isFalse();
        assertThat(engine.mayMeet(DAN, BEN)).as("blocked, either way").isFalse();
        assertThat(engine.mayMeet(ADA, ADA)).isFalse();
        assertThat(MatchingEngine.of(PEOPLE, Exclusions.none(), new MatchSettings(0.5, false)).mayMeet(ADA, CLEO))
                .as("colleagues may meet unless the organizers say otherwise").isTrue();
    }

    @Test
    void scoresAndExplainsTheWorkedExample() {
        MatchingEngine engine = MatchingEngine.of(PEOPLE, Exclusions.none(), SETTINGS);

        List<Recommendation> forAda = engine.topK(ADA, 3);

        assertThat(forAda).extracting(Recommendation::displayName).containsExactly("Ben", "Dan");
        double ln3 = Math.log(3);
        double ln7 = Math.log(7);
        double adaBen = ln3 / Math.sqrt(ln7 * 2 * ln3) + 1 + 0.5;
        double adaDan = Math.log(7.0 / 3) / ln7 + 0.5 * 0.5;
        assertThat(forAda.get(0).score()).isCloseTo(adaBen, within(1e-12)).isCloseTo(2.0313, within(1e-4));
        assertThat(forAda.get(1).score()).isCloseTo(adaDan, within(1e-12)).isCloseTo(0.6854, within(1e-4));
        assertThat(forAda.get(0).reasons()).containsExactly(
                new Reason(Kind.SHARED_INTEREST, "You are both into Climate Tech"),
                new Reason(Kind.COMPLEMENTARY_GOAL, "You are raising investment; they are investing"),
                new Reason(Kind.COMPLEMENTARY_GOAL, "They are looking for a mentor; you are offering mentorship"),
                new Reason(Kind.NEW_PERSPECTIVE, "Works in Finance (you: Energy)"),
                new Reason(Kind.NEW_PERSPECTIVE, "Is at junior level (you: senior)"));
        assertThat(forAda.get(1).reasons()).containsExactly(
                new Reason(Kind.SHARED_INTEREST, "You are both into Rust"),
                new Reason(Kind.NEW_PERSPECTIVE, "Is at mid level (you: senior)"));
        assertThat(engine.score(ADA, BEN)).isEqualTo(new ScoreBreakdown(ln3 / Math.sqrt(ln7 * 2 * ln3), 1, 1,
                forAda.get(0).score()));
    }

    @Test
    void theReasonsShowTheViewersOwnSpellingOfASharedInterest() {
        MatchingEngine engine = MatchingEngine.of(PEOPLE, Exclusions.none(), SETTINGS);

        assertThat(engine.topK(BEN, 1).get(0).reasons().get(0))
                .isEqualTo(new Reason(Kind.SHARED_INTEREST, "You are both into climate tech"));
    }

    @Test
    void aBlockHidesBothSidesAndAConnectionIsNotRecommendedAgain() {
        Exclusions exclusions = new Exclusions(Set.of(Exclusions.Pair.of(BEN, ADA)), Set.of(Exclusions.Pair.of(DAN,
                CLEO)));
        MatchingEngine engine = MatchingEngine.of(PEOPLE, exclusions, SETTINGS);

        assertThat(engine.topK(ADA, 3)).extracting(Recommendation::accountId).containsExactly(DAN);
        assertThat(engine.topK(BEN, 3)).extracting(Recommendation::accountId).doesNotContain(ADA);
        assertThat(engine.topK(DAN, 3)).extracting(Recommendation::accountId).doesNotContain(CLEO);
    }

    @Test
    void colleaguesAreRecommendedWhenTheEventAllowsIt() {
        MatchingEngine engine = MatchingEngine.of(PEOPLE, Exclusions.none(), new MatchSettings(0.5, false));

        assertThat(engine.topK(ADA, 3)).extracting(Recommendation::accountId).contains(CLEO);
    }

    @Test
    void withoutPerspectiveWeightNothingIsSaidAboutPerspective() {
        MatchingEngine engine = MatchingEngine.of(PEOPLE, Exclusions.none(), new MatchSettings(0, true));

        assertThat(engine.allTopK(3).values()).allSatisfy(list -> assertThat(list)
                .allSatisfy(r -> assertThat(r.reasons()).noneMatch(reason -> reason.kind() == Kind.NEW_PERSPECTIVE)));
    }

    @Test
    void edgeCases() {
        MatchingEngine engine = MatchingEngine.of(PEOPLE, Exclusions.none(), SETTINGS);

        assertThat(engine.topK(ADA, 0)).isEmpty();
        assertThat(MatchingEngine.of(PEOPLE.subList(0, 1), Exclusions.none(), SETTINGS).topK(ADA, 5)).isEmpty();
        assertThat(MatchingEngine.of(List.of(), Exclusions.none(), SETTINGS).allTopK(5)).isEmpty();
        assertThatThrownBy(() -> engine.topK(id(99), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchingEngine.of(List.of(PEOPLE.get(0), PEOPLE.get(0)), Exclusions.none(),
                SETTINGS)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MatchSettings(1.5, false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AccountId id(int n) {
        return new AccountId(new UUID(0, n));
    }

    private static Set<Interest> interests(String... tags) {
        return java.util.Arrays.stream(tags).map(Interest::of).collect(java.util.stream.Collectors.toSet());
    }

    private static Map<ProfileField, Visibility> with(ProfileField field, Visibility visibility) {
        Map<ProfileField, Visibility> map = new EnumMap<>(Attendee.visibleToAttendees());
        map.put(field, visibility);
        return map;
    }
}
