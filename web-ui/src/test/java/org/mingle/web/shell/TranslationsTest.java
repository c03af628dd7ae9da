package org.mingle.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mingle.testsupport.LanguageFileChecks;

/** Every language complete, every key the code asks for written down, and values filled in each language's way. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|plural|translate)\\(\\s*\"([a-z0-9.-]+)\"\\s*[,)]");

    private final Translations translations = new Translations();

    @Test
    void speaksEnglishFirstAndEveryLanguageThatHasAFile() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.GERMAN);
        assertThat(translations.spoken(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.GERMAN);
        assertThat(translations.spoken(Locale.forLanguageTag("fr-FR"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglishWithTheSameValuesToFillIn() {
        assertThat(LanguageFileChecks.incompleteLanguages(Translations.class.getClassLoader(), Translations.BUNDLE,
                translations.getProvidedLocales())).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsWrittenDown() throws IOException {
        Set<String> asked = LanguageFileChecks.keysAskedFor(Path.of("src/main/java"), KEY_IN_CODE);
        Set<String> written = LanguageFileChecks.file(Translations.class.getClassLoader(), Translations.BUNDLE,
                Locale.ENGLISH).stringPropertyNames().stream()
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
}
