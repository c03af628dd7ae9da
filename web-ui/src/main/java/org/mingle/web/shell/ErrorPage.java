package org.mingle.web.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The common look of Mingle's error pages: a heading, one sentence, and a way back to the events. */
public abstract class ErrorPage extends VerticalLayout {

    private final H1 heading = new H1();
    private final Paragraph text = new Paragraph();

    protected ErrorPage(String id) {
        setId(id);
        addClassName("page");
        heading.setId(id + "-heading");
        heading.addClassNames(LumoUtility.Margin.Top.NONE);
        text.setId(id + "-text");
        text.addClassNames(LumoUtility.TextColor.SECONDARY);
        var back = Routes.link(getTranslation("shell.error.browse-events"), Routes.events());
        back.setId(id + "-back");
        add(heading, text, back);
    }

    protected void show(String headingText, String explanation) {
        heading.setText(headingText);
        text.setText(explanation);
    }

    public String heading() {
        return heading.getText();
    }

    public String text() {
        return text.getText();
    }
}
