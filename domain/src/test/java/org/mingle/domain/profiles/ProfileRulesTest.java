package org.mingle.domain.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

class ProfileRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Profile CURRENT = Profile.empty(new AccountId(UUID.randomUUID()), "Ana Lima");

    @Test
    void aCompleteProfileIsNormalisedAndKept() {
        var profile = ProfileRules.validate(new ProfileInput("  Ana   Maria  ", " Climate   founder ", "Line one\r\nLine two",
                "Sunfield", "Energy", "senior", List.of(" Climate  Tech", "climate tech", "Clímate tech", "Rust"),
                List.of("investment", "ADVICE"), List.of("JOB"), List.of("https://ana.example/about", "http://x.org"),
                Map.of("bio", "private", "LINKS", "PUBLIC")), CURRENT, NOW);

        assertThat(profile.displayName()).isEqualTo("Ana Maria");
        assertThat(profile.headline()).isEqualTo("Climate founder");
        assertThat(profile.bio()).isEqualTo("Line one\nLine two");
        assertThat(profile.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(profile.interests()).extracting(Interest::display).containsExactly("Climate Tech", "Rust");
        assertThat(profile.seeking()).containsExactly(Goal.INVESTMENT, Goal.ADVICE);
        assertThat(profile.offering()).containsExactly(Goal.JOB);
        assertThat(profile.links()).containsExactly("https://ana.example/about", "http://x.org");
        assertThat(profile.visibilityOf(ProfileField.BIO)).isEqualTo(Visibility.PRIVATE);
        assertThat(profile.visibilityOf(ProfileField.LINKS)).isEqualTo(Visibility.PUBLIC);
        assertThat(profile.visibilityOf(ProfileField.HEADLINE)).isEqualTo(Visibility.ATTENDEES);
        assertThat(profile.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void missingValuesKeepTheNameAndVisibilityAndEmptyTheRest() {
        var current = ProfileRules.validate(input(Map.of("company", "PUBLIC")), CURRENT, NOW);

        var profile = ProfileRules.validate(new ProfileInput(null, null, null, null, null, null, null, null, null, null,
                null), current, NOW);

        assertThat(profile.displayName()).isEqualTo("Ana Lima");
        assertThat(profile.visibilityOf(ProfileField.COMPANY)).isEqualTo(Visibility.PUBLIC);
        assertThat(profile.headline()).isEmpty();
        assertThat(profile.interests()).isEmpty();
        assertThat(profile.seniority()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "ftp://files.example", "/relative/path",
            "example.com", "https://", "https://user:pw@example.com", "https://exa mple.com", "mailto:a@b.c"})
    void onlyAbsoluteWebAddressesAreLinks(String link) {
        assertThat(errors(new ProfileInput("Ana", "", "", "", "", null, List.of(), List.of(), List.of(), List.of(link),
                Map.of()))).containsExactly(new FieldError("links",
                "must be web addresses starting with http:// or https://"));
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        var tooMany = IntStream.rangeClosed(1, 31).mapToObj(i -> "topic " + i).toList();
        var fields = errors(new ProfileInput(" ", "h".repeat(121), "b".repeat(2001), "c".repeat(121), "i".repeat(81),
                "wizard", tooMany, List.of("FAME"), List.of("JOB", "nothing"),
                List.of("https://1.example", "https://2.example", "https://3.example", "https://4.example",
                        "https://5.example", "https://6.example"),
                Map.of("shoeSize", "PUBLIC", "headline", "FRIENDS")))
                .stream().map(FieldError::field).toList();

        assertThat(fields).containsExactlyInAnyOrder("displayName", "headline", "bio", "company", "industry",
                "seniority", "interests", "seeking", "offering", "links", "visibility.shoeSize", "visibility.headline");
    }

    @Test
    void thirtyInterestsAreAllowedAndSpellingsOfOneTagCountOnce() {
        var thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> "Topic " + i).toList();
        var withDuplicates = new java.util.ArrayList<>(thirty);
        withDuplicates.add("topic 1");
        withDuplicates.add("TOPIC  2");

        assertThat(ProfileRules.validate(input(withDuplicates), CURRENT, NOW).interests()).hasSize(30);
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksInTheBioAreFine() {
        assertThat(errors(new ProfileInput("Ana", "", "bell\u0007", "", "", null, null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("bio");
        assertThat(ProfileRules.validate(new ProfileInput("Ana", "", "a\n\tb", "", "", null, null, null, null, null,
                null), CURRENT, NOW).bio()).isEqualTo("a\n\tb");
    }

    @Test
    void controlCharactersAreRefusedInTheNameAndInterestsAndCountedInCharacters() {
        var input = new ProfileInput("Ana\u0000", "\uD83C\uDF31".repeat(ProfileRules.HEADLINE_MAX), "", "", "", null,
                List.of("climate", "tech\u0000"), List.of(), List.of(), List.of(), Map.of());

        assertThatThrownBy(() -> ProfileRules.validate(input, CURRENT, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("displayName", "must not contain control characters"),
                        new FieldError("interests", "must not contain control characters")));
    }

    private static ProfileInput input(Map<String, String> visibility) {
        return new ProfileInput(null, "", "", "", "", null, List.of(), List.of(), List.of(), List.of(), visibility);
    }

    private static ProfileInput input(List<String> interests) {
        return new ProfileInput(null, "", "", "", "", null, interests, List.of(), List.of(), List.of(), Map.of());
    }

    private static List<FieldError> errors(ProfileInput input) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> ProfileRules.validate(input, CURRENT, NOW), InvalidInputException.class);
        assertThat(thrown).as("validation refuses the input").isNotNull();
        return thrown.errors();
    }

    @Test
    void aBlankInterestIsRefused() {
        assertThatThrownBy(() -> ProfileRules.validate(input(List.of("ok", "  ")), CURRENT, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("interests");
    }
}
