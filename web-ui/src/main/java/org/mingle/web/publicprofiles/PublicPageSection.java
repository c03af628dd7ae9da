package org.mingle.web.publicprofiles;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.publicprofiles.HandleRules;
import org.mingle.domain.publicprofiles.PublicSettings;
import org.mingle.domain.publicprofiles.PublicSettingsInput;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.shell.FieldErrors;

/**
 * The public page part of "My profile" (decision 45): the handle, whether the page is on, whether search engines may
 * list it, and, while it is on, its link. The explanation says plainly that the page shows the PUBLIC fields to
 * anyone on the internet. Saved with the rest of the profile.
 */
public class PublicPageSection extends Div {

    private final PublicUrl publicUrl;
    private final TextField handle = new TextField();
    private final Checkbox shown = new Checkbox();
    private final Checkbox indexable = new Checkbox();
    private final Anchor link = new Anchor();
    private final FieldErrors fieldErrors = new FieldErrors();

    public PublicPageSection(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        setId("public-page");
        addClassName("public-page-section");
        var heading = new H2(getTranslation("publicprofile.section.heading"));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.NONE);
        var explanation = new Paragraph(getTranslation("publicprofile.section.explanation"));
        explanation.setId("public-page-explanation");
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        handle.setId("handle");
        handle.setLabel(getTranslation("publicprofile.section.handle"));
        handle.setHelperText(getTranslation("publicprofile.section.handle-help", HandleRules.MIN, HandleRules.MAX));
        handle.setMaxLength(HandleRules.MAX);
        handle.setPrefixComponent(new Span("/p/"));
        shown.setId("public-profile");
        shown.setLabel(getTranslation("publicprofile.section.shown"));
        indexable.setId("allow-search-engines");
        indexable.setLabel(getTranslation("publicprofile.section.indexable"));
        link.setId("public-page-link");
        link.setTarget("_blank");
        link.setVisible(false);
        fieldErrors.add("handle", handle, "Handle");
        add(heading, explanation, handle, shown, indexable, link);
    }

    /** Shows the saved settings. */
    public void fill(PublicSettings settings) {
        handle.setValue(settings.handle().orElse(""));
        shown.setValue(settings.shown());
        indexable.setValue(settings.indexable());
        link.setVisible(settings.shown());
        settings.handle().filter(h -> settings.shown()).ifPresent(h -> {
            String address = publicUrl.link("p/" + h);
            link.setHref(address);
            link.setText(getTranslation("publicprofile.section.link", address));
        });
        fieldErrors.clear();
    }

    public PublicSettingsInput input() {
        return new PublicSettingsInput(handle.getValue(), shown.getValue(), indexable.getValue());
    }

    /** Marks the handle with its message; answers the messages this section does not place. */
    public List<String> showErrors(List<FieldError> errors) {
        return fieldErrors.show(errors);
    }

    /** A handle someone else has: said next to the field. */
    public void showTaken(String message) {
        fieldErrors.showSentence("handle", message);
    }

    public void clearErrors() {
        fieldErrors.clear();
    }
}
