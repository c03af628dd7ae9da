package org.mingle.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.moderation.ReportReason;
import org.mingle.domain.moderation.SubjectKind;
import org.mingle.domain.notifications.NotificationCategory;
import org.mingle.testsupport.LanguageFileChecks;

/** Every language of mail complete, every key the code asks for written down, dates written each language's way. */
class MailWordsTest {

    /** {@code Words.of("key"}, {@code MailWords.text(language, "key"}. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:Words\\.of|MailWords\\.text)\\(\\s*(?:[a-zA-Z.()]+,\\s*)?\"([a-zA-Z0-9.]+)\"\\s*[,)]");

    @Test
    void speaksEnglishFirstAndEveryLanguageThatHasAFileAndEnglishToAnyOther() {
        assertThat(MailWords.languages()).containsExactly(Locale.ENGLISH, Locale.GERMAN);
        assertThat(MailWords.spoken("de")).isEqualTo(Locale.GERMAN);
        assertThat(MailWords.spoken(Optional.of(Locale.forLanguageTag("de-AT")))).isEqualTo(Locale.GERMAN);
        assertThat(MailWords.spoken("fr")).isEqualTo(Locale.ENGLISH);
        assertThat(MailWords.spoken((String) null)).isEqualTo(Locale.ENGLISH);
        assertThat(MailWords.spoken("")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglishWithTheSameValuesToFillIn() {
        assertThat(english().stringPropertyNames()).hasSizeGreaterThan(40);
        assertThat(LanguageFileChecks.incompleteLanguages(MailWords.class.getClassLoader(), MailWords.BUNDLE,
                MailWords.languages())).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsWrittenDown() throws IOException {
        Set<String> asked = LanguageFileChecks.keysAskedFor(Path.of("src/main/java"), KEY_IN_CODE);
        Set<String> written = english().stringPropertyNames();
        assertThat(asked).contains("registration.confirmed.title", "passwordReset.subject", "meeting.requested.title")
                .allSatisfy(key -> assertThat(written).as("written down").contains(key));
    }

    @Test
    void everyKeyMadeFromANameIsWrittenDown() {
        Set<String> written = english().stringPropertyNames();
        var made = new TreeSet<String>();
        Stream.of(NotificationCategory.values()).forEach(category -> made.add("category." + category.name()));
        Stream.of(EventRole.values()).forEach(role -> made.add("role." + role.name()));
        Stream.of(SubjectKind.values()).forEach(kind -> made.add("moderation.kind." + kind.name()));
        Stream.of(ReportReason.values()).forEach(reason -> made.add("moderation.reason." + reason.name()));
        assertThat(made).allSatisfy(key -> assertThat(written).as("written down").contains(key));
    }

    @Test
    void writesDatesTimesAndNumbersTheLanguagesWayAndLeavesApostrophesAlone() {
        var moment = ZonedDateTime.of(2026, 12, 10, 18, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        assertThat(MailWords.when(Locale.GERMAN, moment)).isEqualTo("Donnerstag, 10. Dezember 2026, 18:30 Uhr");
        assertThat(MailWords.when(Locale.ENGLISH, moment)).isEqualTo("Thursday 10 December 2026, 18:30");
        assertThat(MailWords.timeOfDay(Locale.GERMAN, moment)).isEqualTo("18:30 Uhr");
        assertThat(MailWords.fill("{0} people", Locale.GERMAN, 1234)).isEqualTo("1.234 people");
        assertThat(MailWords.fill("{0} people", Locale.ENGLISH, 1234)).isEqualTo("1,234 people");
        assertThat(MailWords.fill("You're {0}'s match", Locale.ENGLISH, "Ada")).isEqualTo("You're Ada's match");
        assertThat(Words.of("event.whenAndWhere", Words.when(moment), "Europe/Berlin", "Loft").in(Locale.GERMAN))
                .isEqualTo("Donnerstag, 10. Dezember 2026, 18:30 Uhr (Europe/Berlin), Loft");
        assertThat(Words.of("registration.confirmed.title", "Tech night").in(Locale.forLanguageTag("fr")))
                .isEqualTo("You're registered for Tech night");
        assertThatThrownBy(() -> MailWords.text(Locale.ENGLISH, "no.such.key"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Properties english() {
        return LanguageFileChecks.file(MailWords.class.getClassLoader(), MailWords.BUNDLE, Locale.ENGLISH);
    }
}
