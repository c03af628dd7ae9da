package org.mingle.web.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/**
 * The languages Mingle speaks, each named in itself ("Deutsch", not "German"), so that someone who cannot read the
 * current one still finds their own. The current one is pressed; another opens the page again in that language.
 */
class LanguageSwitch extends Div {

    LanguageSwitch(LanguageChoice choice, Locale current) {
        setId("language-switch");
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        for (Locale language : choice.languages()) {
            String name = language.getDisplayLanguage(language);
            var button = new Button(name.substring(0, 1).toUpperCase(language) + name.substring(1));
            button.setId("language-" + language.getLanguage());
            button.getElement().setAttribute("lang", language.toLanguageTag());
            boolean chosen = language.getLanguage().equals(current.getLanguage());
            button.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
            button.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClickListener(click -> {
                if (!chosen) {
                    click.getSource().getUI().ifPresent(ui -> choice.choose(ui, language));
                }
            });
            add(button);
        }
    }
}
