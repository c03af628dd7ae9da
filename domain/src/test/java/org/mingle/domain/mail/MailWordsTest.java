package org.mingle.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.moderation.ReportReason;
import org.mingle.domain.moderation.SubjectKind;
import org.mingle.domain.notifications.NotificationCategory;

/** Every language of mail complete, every key the code asks for written down, dates written each language's way. */
class MailWordsTest {

    /** {@code Words.of("key"}, {@code MailWords.text(language, "key"}. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:Words\\.of|MailWords\\.text)\\(\\s*(?:[a-zA-Z.()]+,\\s*)?\"([a-zA-Z0-9.]+)\"\\s*[,)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

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
        Properties english = file("");
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(40);
        for (Locale language : MailWords.languages()) {
            if (language.equals(Locale.ENGLISH)) {
                continue;
            }
            Properties other = file("_" + language.getLanguage());
            assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys in %s", language)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(other.getProperty(key))).as("%s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(other.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsWrittenDown() throws IOException {
        Set<String> asked;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            asked = sources.filter(path -> path.toString().endsWith(".java")).flatMap(path -> {
                try {
                    return KEY_IN_CODE.matcher(Files.readString(path)).results().map(match -> match.group(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> written = file("").stringPropertyNames();
        assertThat(asked).contains("registration.confirmed.title", "passwordReset.subject", "meeting.requested.title")
                .allSatisfy(key -> assertThat(written).as("written down").contains(key));
    }

    @Test
    void everyKeyMadeFromANameIsWrittenDown() {
        Set<String> written = file("").stringPropertyNames();
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

    private static Properties file(String suffix) {
        var properties = new Properties();
        try (InputStream in = MailWords.class.getClassLoader()
                .getResourceAsStream(MailWords.BUNDLE + suffix + ".properties")) {
            assertThat(in).as("mail/messages%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().map(match -> match.group()).sorted().toList();
    }
}
