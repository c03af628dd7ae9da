package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingle.domain.shared.AccountId;

/**
 * The engine keeps to the rules of an event's attendee categories exactly as a brute force that asks the rule for
 * every pair: in recommendations, in partners for rounds, in {@code mayMeet} and {@code isAmongBest}, and in the
 * engines derived from it. Each seed is one reproducible event with up to four categories, some people without one,
 * and a random symmetric rule.
 */
class MatchingCategoriesPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private record Categorised(GeneratedEvent event, Map<AccountId, String> categories, AttendeeCategories.Rule rule) {

        MatchingEngine engine() {
            return MatchingEngine.of(event.attendees(), event.exclusions(), event.settings(), categories, rule);
        }

        BruteForceMatching bruteForce() {
            return new BruteForceMatching(event.attendees(), event.exclusions(), event.settings(), categories, rule);
        }
    }

    private static Categorised generate(long seed) {
        Random random = new Random(seed * 7919);
        GeneratedEvent event = GeneratedEvent.generate(seed, 2 + random.nextInt(random.nextBoolean() ? 15 : 150));
        List<String> keys = List.of("founder", "investor", "mentor", "press").subList(0, 1 + random.nextInt(4));
        Map<AccountId, String> categories = new HashMap<>();
        for (Attendee attendee : event.attendees()) {
            if (random.nextInt(5) > 0) {
                categories.put(attendee.accountId(), keys.get(random.nextInt(keys.size())));
            }
        }
        Set<String> allowed = new HashSet<>();
        for (String a : keys) {
            for (String b : keys) {
                if (a.compareTo(b) <= 0 && random.nextBoolean()) {
                    allowed.add(a + "|" + b);
                }
            }
        }
        AttendeeCategories.Rule rule = (a, b) -> a == null || b == null
                || allowed.contains(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
        return new Categorised(event, categories, rule);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recommendationsKeepToTheRulesExactlyAsTheBruteForce(long seed) {
        Categorised categorised = generate(seed);
        int k = 1 + (int) (seed % 12);

        assertThat(categorised.engine().allTopK(k)).isEqualTo(categorised.bruteForce().allTopK(k));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void partnersMayMeetAndIsAmongBestAgreeWithTheRule(long seed) {
        Categorised categorised = generate(seed);
        MatchingEngine engine = categorised.engine();
        MatchingEngine plain = MatchingEngine.of(categorised.event().attendees(), categorised.event().exclusions(),
                categorised.event().settings());
        Map<AccountId, String> categoryOf = categorised.categories();
        for (Attendee viewer : categorised.event().attendees()) {
            AccountId me = viewer.accountId();
            List<Partner> partners = engine.bestPartners(me, 8);
            assertThat(partners).extracting(Partner::accountId)
                    .containsExactlyElementsOf(categorised.bruteForce().topK(me, 8).stream()
                            .map(Recommendation::accountId).toList());
            for (Attendee other : categorised.event().attendees()) {
                AccountId them = other.accountId();
                boolean ruled = categorised.rule().mayMeet(categoryOf.get(me), categoryOf.get(them));
                assertThat(engine.mayMeet(me, them)).isEqualTo(ruled && plain.mayMeet(me, them));
                assertThat(engine.isAmongBest(me, them, 8))
                        .isEqualTo(partners.stream().anyMatch(partner -> partner.accountId().equals(them)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void derivedEnginesKeepTheRules(long seed) {
        Categorised categorised = generate(seed);
        List<Attendee> attendees = categorised.event().attendees();
        var pair = Exclusions.Pair.of(attendees.get(0).accountId(), attendees.get(1).accountId());
        var blocked = new HashSet<>(categorised.event().exclusions().blocked());
        blocked.add(pair);
        var settings = new MatchSettings(0, !categorised.event().settings().excludeSameCompany());

        MatchingEngine derived = categorised.engine().excluding(pair).withSettings(settings);

        assertThat(derived.allTopK(6)).isEqualTo(new BruteForceMatching(attendees,
                new Exclusions(blocked, categorised.event().exclusions().connected()), settings,
                categorised.categories(), categorised.rule()).allTopK(6));
    }

    @Test
    void aRuleThatKeepsNobodyApartChangesNothing() {
        GeneratedEvent event = GeneratedEvent.generate(3, 60);
        Map<AccountId, String> everyoneAFounder = new HashMap<>();
        event.attendees().forEach(attendee -> everyoneAFounder.put(attendee.accountId(), "founder"));

        assertThat(MatchingEngine.of(event.attendees(), event.exclusions(), event.settings(), everyoneAFounder,
                AttendeeCategories.Rule.ANYONE).allTopK(10)).isEqualTo(event.engine().allTopK(10));
    }

    @Test
    void aRuleThatKeepsPeopleApartChangesRecommendations() {
        GeneratedEvent event = GeneratedEvent.generate(3, 60);
        Map<AccountId, String> everyoneAnInvestor = new HashMap<>();
        event.attendees().forEach(attendee -> everyoneAnInvestor.put(attendee.accountId(), "investor"));
        AttendeeCategories.Rule investorsApart = (a, b) -> !("investor".equals(a) && "investor".equals(b));

        var engine = MatchingEngine.of(event.attendees(), event.exclusions(), event.settings(), everyoneAnInvestor,
                investorsApart);

        assertThat(event.engine().allTopK(10).values()).anyMatch(list -> !list.isEmpty());
        assertThat(engine.allTopK(10).values()).allMatch(List::isEmpty);
    }
}
