package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.reports.NetworkPicture;
import org.mingle.domain.shared.AccountId;
import org.mingle.web.profiles.Faces;

/**
 * The report's picture of the connection network: who connected with whom, coloured by industry, with the faces of
 * people who show the viewer a photo where the picture is small enough to show them.
 */
class NetworkSection extends Section {

    private final transient ProfilePhotoService photos;

    NetworkSection(ProfilePhotoService photos) {
        this.photos = photos;
        setId("report-network");
        addClassNames("report-section", "report-network");
    }

    void show(AccountId viewer, NetworkPicture picture) {
        removeAll();
        var heading = new H3(translate("reports.network.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        add(heading);
        if (picture.people().isEmpty()) {
            var empty = new Paragraph(translate("reports.network.empty"));
            empty.setId("network-empty");
            empty.addClassName("friendly-notice");
            add(empty);
            return;
        }
        int shown = picture.people().size();
        var caption = new Paragraph(caption(shown, picture.shownOf()));
        caption.setId("network-caption");
        caption.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        var drawing = new Svg();
        drawing.setId("network-picture");
        drawing.addClassName("network-picture");
        if (shown <= NetworkSvg.FACES_UP_TO) {
            Faces faces = Faces.of(photos, viewer,
                    picture.people().stream().map(dot -> dot.person().account()).toList());
            drawing.setSvg(NetworkSvg.svg("network-picture-svg", picture,
                    person -> faces.smallPhotoAddress(person, drawing.getElement())));
        } else {
            drawing.setSvg(NetworkSvg.svg("network-picture-svg", picture));
        }

        var legend = new UnorderedList();
        legend.setId("network-legend");
        legend.addClassName("network-legend");
        legend.getElement().setAttribute("aria-label", translate("reports.network.legend"));
        int i = 0;
        for (NetworkSvg.Legend entry : NetworkSvg.legend(picture)) {
            var swatch = new Span();
            swatch.addClassName("legend-swatch");
            swatch.getStyle().set("background-color", entry.colour());
            swatch.getElement().setAttribute("aria-hidden", "true");
            var item = new ListItem(swatch, new Span(entry.label() + " (" + EventReportView.number(entry.people())
                    + ")"));
            item.setId("network-legend-" + i++);
            item.getElement().setAttribute("data-colour", entry.colour());
            legend.add(item);
        }
        var hint = new Paragraph(translate("reports.network.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE,
                "no-print");
        add(caption, drawing, legend, hint);
    }

    /** "Showing the 200 most connected of 1,234 people.", or all of them when they fit. */
    static String caption(int shown, int of) {
        if (shown < of) {
            return translate("reports.network.caption-most", shown, EventReportView.people(of));
        }
        return translate(shown == 1 ? "reports.network.caption-one" : "reports.network.caption-all",
                EventReportView.people(shown));
    }
}
