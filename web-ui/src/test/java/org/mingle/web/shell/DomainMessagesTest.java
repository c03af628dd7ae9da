package org.mingle.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.RuleViolationException;

/** The domain's messages in the page's language by their code, and in the domain's English without one. */
class DomainMessagesTest {

    /** A code given to a domain message: {@code coded(field, "text.tooLong"}, {@code coded("registration.closed"}. */
    private static final Pattern CODE_IN_DOMAIN = Pattern.compile("(?:coded\\(\\s*(?:[a-zA-Z\"]+,\\s*)?"
            + "|new Refused\\(Refusal\\.[A-Z_]+,\\s*)\"([a-z][a-zA-Z]*\\.[a-zA-Z.]+)\"");

    private final Translations translations = new Translations();

    @Test
    void aCodedFieldMessageIsWrittenInThePagesLanguageWithItsValuesTheLanguagesWay() {
        var tooLong = FieldError.coded("title", "text.tooLong", "must be at most 1000 characters", 1000);
        assertThat(DomainMessages.in(Locale.GERMAN, tooLong)).isEqualTo("darf höchstens 1.000 Zeichen haben");
        assertThat(DomainMessages.in(Locale.ENGLISH, tooLong)).isEqualTo("must be at most 1,000 characters");
        assertThat(DomainMessages.in(Locale.GERMAN, FieldError.required("email"))).isEqualTo("ist erforderlich");
        assertThat(DomainMessages.in(Locale.forLanguageTag("fr"), FieldError.required("email")))
                .isEqualTo("is required");
    }

    @Test
    void aMessageWithoutACodeOrWithoutATranslationStaysTheDomainsEnglish() {
        assertThat(DomainMessages.in(Locale.GERMAN, new FieldError("slug", "must be lowercase letters")))
                .isEqualTo("must be lowercase letters");
        assertThat(DomainMessages.in(Locale.GERMAN, FieldError.coded("slug", "no.such.code", "is odd")))
                .isEqualTo("is odd");
        assertThat(DomainMessages.in(Locale.GERMAN, new RuleViolationException("Nothing to translate here.")))
                .isEqualTo("Nothing to translate here.");
    }

    @Test
    void aCodedRefusalIsWrittenInThePagesLanguage() {
        RuleViolationException closed = new RuleViolationException("Registration for this event has closed.")
                .coded("registration.closed");
        assertThat(DomainMessages.in(Locale.GERMAN, closed))
                .isEqualTo("Die Anmeldung für diese Veranstaltung ist geschlossen.");
        assertThat(DomainMessages.in(Locale.ENGLISH, closed)).isEqualTo(closed.getMessage());
        assertThat(closed.getMessage()).isEqualTo("Registration for this event has closed.");
    }

    @Test
    void everyCodeTheDomainGivesHasATextAndTheEnglishTextIsTheDomainsMessage() throws IOException {
        Set<String> codes;
        try (Stream<Path> sources = Files.walk(Path.of("../domain/src/main/java"))) {
            codes = sources.filter(path -> path.toString().endsWith(".java")).flatMap(path -> {
                try {
                    return CODE_IN_DOMAIN.matcher(Files.readString(path)).results().map(match -> match.group(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        }
        codes.add(FieldError.REQUIRED);
        assertThat(codes).contains("text.tooLong", "email.invalid", "password.tooShort",
                "registration.closed", "meetingRequest.askedYou", "meetingRequest.tooManyPending");
        assertThat(codes).allSatisfy(code -> assertThat(translations.find(DomainMessages.PREFIX + code,
                Locale.GERMAN)).as(code).isPresent());
        for (var domainsOwn : List.of(FieldError.required("x"),
                FieldError.coded("x", "text.tooLong", "must be at most 200 characters", 200))) {
            assertThat(DomainMessages.in(Locale.ENGLISH, domainsOwn)).isEqualTo(domainsOwn.message());
        }
    }
}
