package org.mingle.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language complete, every key the code asks for written down, and values filled in each language's way. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|plural|translate)\\(\\s*\"([a-z0-9.-]+)\"\\s*[,)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final Translations translations = new Translations();

    @Test
    void speaksEnglishFirstAndEveryLanguageThatHasAFile() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.GERMAN);
        assertThat(translations.spoken(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.GERMAN);
        assertThat(translations.spoken(Locale.forLanguageTag("fr-FR"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglishWithTheSameValuesToFillIn() {
        Properties english = file("");
        for (Locale language : translations.getProvidedLocales()) {
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
        Set<String> written = file("").stringPropertyNames().stream()
                .map(key -> key.replaceAll("\\.(one|other)$", "")).collect(Collectors.toSet());
        assertThat(asked).isNotEmpty().allSatisfy(key -> assertThat(written).as("written down").contains(key));
    }

    @Test
    void fillsInValuesTheLanguagesWayAndLeavesApostrophesAlone() {
        assertThat(translations.getTranslation("shell.due", Locale.GERMAN, 1234)).isEqualTo("1.234 fällig");
        assertThat(translations.getTranslation("shell.due", Locale.ENGLISH, 1234)).isEqualTo("1,234 due");
        assertThat(Translations.fill("You're {0}'s match", Locale.ENGLISH, "Ada")).isEqualTo("You're Ada's match");
        assertThat(translations.plural("shell.follow-ups-due", Locale.ENGLISH, 1)).isEqualTo("1 follow-up due");
        assertThat(translations.plural("shell.follow-ups-due", Locale.ENGLISH, 2)).isEqualTo("2 follow-ups due");
    }

    @Test
    void aLanguageWithoutTheKeyFallsBackToEnglishNeverToTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(translations.getTranslation("shell.menu", Locale.FRENCH)).isEqualTo("Menu");
            assertThat(translations.getTranslation("shell.menu", Locale.ENGLISH)).isEqualTo("Menu");
            assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties file(String suffix) {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader()
                .getResourceAsStream(Translations.BUNDLE + suffix + ".properties")) {
            assertThat(in).as("translations%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(match -> match.group()).collect(Collectors.toSet());
    }
}
