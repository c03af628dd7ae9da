package org.mingle.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks of a set of per-language {@code .properties} files (English in {@code bundle.properties}, another language in
 * {@code bundle_de.properties}): every language complete, and every key the code asks for written down. Both the
 * mail's words and the pages' translations are kept this way, so they are checked the same way.
 */
public final class LanguageFileChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private LanguageFileChecks() {
    }

    /** The file of the language, read as UTF-8; English's is the one without a language code. */
    public static Properties file(ClassLoader loader, String bundle, Locale language) {
        String name = bundle + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage()) + ".properties";
        var properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("no " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * What keeps each language but English from having exactly English's keys, each with text and with the same values
     * to fill in ({@code {0}}, {@code {1}}; a language may use one twice where English uses it once); empty when
     * every language is complete.
     */
    public static List<String> incompleteLanguages(ClassLoader loader, String bundle, List<Locale> languages) {
        Properties english = file(loader, bundle, Locale.ENGLISH);
        var problems = new ArrayList<String>();
        for (Locale language : languages) {
            if (language.equals(Locale.ENGLISH)) {
                continue;
            }
            Properties other = file(loader, bundle, language);
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String text = other.getProperty(key);
                if (text == null) {
                    problems.add(key + " missing in " + language);
                } else if (text.isBlank()) {
                    problems.add(key + " blank in " + language);
                } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    problems.add(key + " in " + language + " fills in " + placeholders(text) + ", English "
                            + placeholders(english.getProperty(key)));
                }
            }
            new TreeSet<>(other.stringPropertyNames()).stream().filter(key -> english.getProperty(key) == null)
                    .forEach(key -> problems.add(key + " in " + language + " but not in English"));
        }
        return problems;
    }

    /** The keys the Java sources under the folder ask for: group 1 of each match of the pattern. */
    public static Set<String> keysAskedFor(Path sources, Pattern keyInCode) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(path -> path.toString().endsWith(".java")).flatMap(path -> {
                try {
                    return keyInCode.matcher(Files.readString(path)).results().map(match -> match.group(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(match -> match.group())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
