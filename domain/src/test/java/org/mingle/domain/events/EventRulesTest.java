package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;

class EventRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Instant START = Instant.parse("2026-12-03T17:30:00Z");

    @Test
    void acceptsAValidEventAndNormalisesText() {
        var input = new EventInput("  Climate Tech Mixer  ", null, START, START.plus(Duration.ofHours(2)),
                "Europe/Berlin", null, 80, START.minus(Duration.ofHours(1)), null, null);

        var details = EventRules.validateNew(input, NOW);

        assertThat(details.title()).isEqualTo("Climate Tech Mixer");
        assertThat(details.description()).isEmpty();
        assertThat(details.venue()).isEmpty();
        assertThat(details.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(details.capacity()).isEqualTo(80);
        assertThat(details.approvalRequired()).isFalse();
        assertThat(details.perspectiveWeight()).isEqualTo(EventRules.DEFAULT_PERSPECTIVE_WEIGHT);
        assertThat(details.effectiveRegistrationClose()).isEqualTo(START.minus(Duration.ofHours(1)));
    }

    @Test
    void registrationClosesAtTheStartUnlessSaidOtherwise() {
        var details = EventRules.validateNew(EventInputs.valid("Mixer", START), NOW);

        assertThat(details.effectiveRegistrationClose()).isEqualTo(START);
    }

    @Test
    void namesEveryRefusedFieldAtOnce() {
        var input = new EventInput(" ", "x".repeat(EventRules.DESCRIPTION_MAX + 1), START, START, "Mars/Olympus",
                "v".repeat(EventRules.VENUE_MAX + 1), 0, START.plus(Duration.ofDays(1)), null, 1.5);

        assertThatThrownBy(() -> EventRules.validateNew(input, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("title", "is required"),
                        new FieldError("description", "must be at most 10000 characters"),
                        new FieldError("venue", "must be at most 300 characters"),
                        new FieldError("endsAt", "must be after the start"),
                        new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"),
                        new FieldError("capacity", "must be between 1 and 100000"),
                        new FieldError("registrationClosesAt", "must be before the end of the event"),
                        new FieldError("perspectiveWeight", "must be between 0 and 1")));
    }

    @Test
    void requiresTheEssentials() {
        var input = new EventInput(null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> EventRules.validateNew(input, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "startsAt", "endsAt", "timeZone", "capacity"));
    }

    @Test
    void titleMayHaveTwoHundredCharactersButNotMore() {
        var longest = "t".repeat(EventRules.TITLE_MAX);
        assertThat(EventRules.validateNew(EventInputs.valid(longest, START), NOW).title()).hasSize(200);

        assertThatThrownBy(() -> EventRules.validateNew(EventInputs.valid(longest + "t", START), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("title", "must be at most 200 characters")));
    }

    @Test
    void lengthsCountCharactersSoAnEmojiTitleOfTwoHundredFits() {
        var rockets = "\uD83D\uDE80".repeat(EventRules.TITLE_MAX);

        assertThat(EventRules.validateNew(EventInputs.valid(rockets, START), NOW).title()).isEqualTo(rockets);
        assertThatThrownBy(() -> EventRules.validateNew(EventInputs.valid(rockets + "\uD83D\uDE80", START), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("title", "must be at most 200 characters")));
    }

    @Test
    void controlCharactersAreRefusedInEveryTextAndLineBreaksOnlyInTheDescription() {
        var input = new EventInput("Mixer\u0000", "Line one\nline two\tand\u0007", START, START.plusSeconds(3600),
                "Europe/Berlin", "Hall\nB", 10, null, null, null);

        assertThatThrownBy(() -> EventRules.validateNew(input, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("title", "must not contain control characters"),
                        new FieldError("description", "must not contain control characters"),
                        new FieldError("venue", "must not contain control characters")));
    }

    @Test
    void instantsOutsideTheSupportedRangeAreRefusedOnceEach() {
        var far = Instant.parse("+294277-01-01T00:00:00Z");
        var input = new EventInput("Mixer", null, Instant.parse("-999999999-01-01T00:00:00Z"), far,
                "Europe/Berlin", null, 10, Instant.parse("+10000-01-01T00:00:00Z"), null, null);

        assertThatThrownBy(() -> EventRules.validateNew(input, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("startsAt", SupportedInstants.MESSAGE),
                        new FieldError("endsAt", SupportedInstants.MESSAGE),
                        new FieldError("registrationClosesAt", SupportedInstants.MESSAGE)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100_000})
    void capacityLimitsAreInclusive(int capacity) {
        var input = withCapacity(capacity);

        assertThat(EventRules.validateNew(input, NOW).capacity()).isEqualTo(capacity);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 100_001})
    void capacityOutsideTheLimitsIsRefused(int capacity) {
        assertThatThrownBy(() -> EventRules.validateNew(withCapacity(capacity), NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("capacity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+01:00", "UTC", "Z", "GMT+1", "europe/berlin", "Europe/Atlantis"})
    void onlyIanaRegionZonesAreAccepted(String zone) {
        var valid = EventInputs.valid("Mixer", START);
        var input = new EventInput(valid.title(), valid.description(), valid.startsAt(), valid.endsAt(), zone,
                valid.venue(), valid.capacity(), null, null, null);

        assertThatThrownBy(() -> EventRules.validateNew(input, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("timeZone"));
    }

    @Test
    void aNewEventCannotStartInThePast() {
        assertThatThrownBy(() -> EventRules.validateNew(EventInputs.valid("Mixer", NOW.minusSeconds(60)), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("startsAt", "must be in the future")));
    }

    private static EventInput withCapacity(int capacity) {
        var valid = EventInputs.valid("Mixer", START);
        return new EventInput(valid.title(), valid.description(), valid.startsAt(), valid.endsAt(), valid.timeZone(),
                valid.venue(), capacity, null, null, null);
    }

    @Test
    void normalisesTopicsAndCity() {
        var details = EventRules.validateNew(discovery(List.of(" Climate  Tech ", "climate tech", "", "AI"), " Zürich "),
                NOW);

        assertThat(details.topics()).containsExactly("climate tech", "ai");
        assertThat(details.city()).isEqualTo("Zürich");
        assertThat(details.online()).isTrue();
    }

    @Test
    void missingDiscoveryFieldsMeanNone() {
        var details = EventRules.validateNew(EventInputs.valid("Mixer", START), NOW);

        assertThat(details.topics()).isEmpty();
        assertThat(details.city()).isEmpty();
        assertThat(details.online()).isFalse();
    }

    @Test
    void refusesTooManyOrTooLongTopicsAndAnOverLongCity() {
        var eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "topic " + i).toList();
        var tenAfterDuplicates = new java.util.ArrayList<>(eleven.subList(0, 10));
        tenAfterDuplicates.add("TOPIC 1");

        assertThat(EventRules.validateNew(discovery(tenAfterDuplicates, ""), NOW).topics()).hasSize(10);
        assertThatThrownBy(() -> EventRules.validateNew(discovery(eleven, "c".repeat(101)), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("topics", "must be at most 10 topics"),
                        new FieldError("city", "must be at most 100 characters")));
        assertThatThrownBy(() -> EventRules.validateNew(discovery(List.of("t".repeat(41)), ""), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("topics"));
        assertThatThrownBy(() -> EventRules.validateNew(discovery(List.of("a\u0007b"), ""), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("topics"));
    }

    @Test
    void aMeetingRequestWaitsTwoDaysUnlessTheOrganizersChooseAnotherWaitFromAnHourToTwoWeeks() {
        assertThat(EventRules.validateNew(withRequestTtl(null), NOW).meetingRequestTtl()).isEqualTo(Duration.ofDays(2));
        assertThat(EventRules.validateNew(withRequestTtl("PT12H"), NOW).meetingRequestTtl())
                .isEqualTo(Duration.ofHours(12));
        assertThat(EventRules.validateNew(withRequestTtl(" P14D "), NOW).meetingRequestTtl())
                .isEqualTo(Duration.ofDays(14));
        for (String refused : List.of("2 days", "PT59M", "P15D", "PT1H30S", "-P1D")) {
            assertThatThrownBy(() -> EventRules.validateNew(withRequestTtl(refused), NOW)).as(refused)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("meetingRequestTtl"));
        }
    }

    @Test
    void aRequestExpiresAfterTheWaitButNeverAfterTheEventEnds() {
        var details = EventRules.validateNew(withRequestTtl("P1D"), NOW);

        assertThat(details.meetingRequestExpiry(NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(details.meetingRequestExpiry(START)).isEqualTo(details.endsAt());
    }

    private static EventInput withRequestTtl(String ttl) {
        return new EventInput("Mixer", "", START, START.plus(Duration.ofHours(2)), "Europe/Zurich", "", 40, null, null,
                null, null, null, null, null, null, ttl);
    }

    private static EventInput discovery(List<String> topics, String city) {
        return new EventInput("Mixer", "", START, START.plus(Duration.ofHours(2)), "Europe/Zurich", "", 40, null, null,
                null, null, null, topics, city, true);
    }
}
