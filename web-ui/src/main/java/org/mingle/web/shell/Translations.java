package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingle.domain.shared.LanguageFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of the user interface in each language Mingle speaks (decision 38). English is
 * {@code vaadin-i18n/translations.properties}; every other language is a file beside it named by its ISO 639 code
 * ({@code translations_de.properties}), found when Mingle starts: a third language is a file, not code.
 *
 * <p>A text takes its values by position, {@code {0}}, {@code {1}}: numbers written the language's way, anything else
 * as it is. Unlike {@link java.text.MessageFormat} an apostrophe is only an apostrophe. A count picks its form from
 * {@code key.one} or {@code key.other} ({@link #plural}).
 */
@Singleton
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static final Translations OUTSIDE_A_PAGE = new Translations();

    private final LanguageFiles files;

    public Translations() {
        this.files = new LanguageFiles(BUNDLE, Translations.class.getClassLoader());
    }

    /**
     * A text in the page's language, for code that may also run where there is no page: a component made outside a
     * request, or in a plain unit test, gets English (a component's own {@code getTranslation} would answer
     * {@code !{key}!} there).
     */
    public static String translate(String key, Object... params) {
        UI ui = UI.getCurrent();
        if (ui != null && VaadinService.getCurrent() != null) {
            return ui.getTranslation(key, params);
        }
        return OUTSIDE_A_PAGE.getTranslation(key, Locale.ENGLISH, params);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return files.languages();
    }

    /** The language of these that Mingle speaks, or English. */
    public Locale spoken(Locale wanted) {
        return files.spoken(wanted);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = spoken(locale == null ? Locale.ENGLISH : locale);
        Optional<String> text = files.text(language, key);
        if (text.isEmpty()) {
            LOG.warn("No text for {} in {}", key, language);
            return key;
        }
        return fill(text.get(), language, params);
    }

    /** The text of the key in the language (or English), values filled in; empty when no file has the key. */
    public Optional<String> find(String key, Locale locale, Object... params) {
        Locale language = spoken(locale == null ? Locale.ENGLISH : locale);
        return files.text(language, key).map(text -> fill(text, language, params));
    }

    /** {@link #translate} of {@code key.one} or {@code key.other}, with the count as {@code {0}}. */
    public static String plural(String key, long count) {
        return translate(key + (count == 1 ? ".one" : ".other"), count);
    }

    /** {@code key.one} for one, {@code key.other} for any other count, with the count as {@code {0}}. */
    public String plural(String key, Locale locale, long count, Object... more) {
        var params = new Object[more.length + 1];
        params[0] = count;
        System.arraycopy(more, 0, params, 1, more.length);
        return getTranslation(key + (count == 1 ? ".one" : ".other"), locale, params);
    }

    static String fill(String text, Locale language, Object... params) {
        if (params == null || params.length == 0) {
            return text;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        var filled = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            Object value = index < params.length ? params[index] : placeholder.group();
            String shown = value instanceof Number number ? NumberFormat.getInstance(language).format(number)
                    : String.valueOf(value);
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(shown));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
