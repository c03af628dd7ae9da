package org.mingle.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words of one part of Mingle in each language it speaks: English in {@code bundle.properties}, every other
 * language in a UTF-8 file beside it named by its ISO 639 code ({@code bundle_de.properties}), found when Mingle
 * starts, so a third language is a file, not code. A key missing in a language is English's, never the server's
 * default locale's.
 */
public final class LanguageFiles {

    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_SERVER_S_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final ClassLoader loader;
    private final List<Locale> languages;

    /** The files named {@code bundle} ({@code "mail/messages"}) that the loader finds. */
    public LanguageFiles(String bundle, ClassLoader loader) {
        this.bundle = bundle;
        this.loader = loader;
        this.languages = languagesFound(bundle, loader);
    }

    private static List<Locale> languagesFound(String bundle, ClassLoader loader) {
        var found = new ArrayList<Locale>();
        found.add(Locale.ENGLISH);
        for (String code : Locale.getISOLanguages()) {
            if (!code.equals("en") && loader.getResource(bundle + "_" + code + ".properties") != null) {
                found.add(Locale.forLanguageTag(code));
            }
        }
        return List.copyOf(found);
    }

    /** English first, then every language with a file of its own, in the order of their codes. */
    public List<Locale> languages() {
        return languages;
    }

    /** The language of these that Mingle speaks to someone who wants this one: it, or English. */
    public Locale spoken(Locale wanted) {
        return languages.stream().filter(language -> language.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }

    /** The text of the key in the language's own file, then in English; empty when no file has the key. */
    public Optional<String> text(Locale language, String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(bundle, spoken(language), loader,
                    NO_FALLBACK_TO_THE_SERVER_S_LOCALE).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }
}
