package org.mingle.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mingle.web.reports.Svgs.all;
import static org.mingle.web.reports.Svgs.child;
import static org.mingle.web.reports.Svgs.number;
import static org.mingle.web.reports.Svgs.parse;
import static org.mingle.web.reports.Svgs.withClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingle.domain.reports.EventReport;
import org.w3c.dom.Element;

class ChartsTest {

    @Test
    void horizontalBarsAreProportionalToTheLargestAndCarryTheirLabelAndValueAsText() {
        var bars = List.of(new Charts.Bar("Registered", 40), new Charts.Bar("Confirmed", 30),
                new Charts.Bar("Checked in", 10), new Charts.Bar("No-shows", 0, Charts.ASIDE));

        var svg = parse(Charts.horizontalBars("funnel", "Attendance funnel", "How people came.", bars));

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("funnel-title funnel-desc");
        assertThat(child(svg, "title").getTextContent()).isEqualTo("Attendance funnel");
        assertThat(child(svg, "title").getAttribute("id")).isEqualTo("funnel-title");
        assertThat(child(svg, "desc").getTextContent()).isEqualTo("How people came.");
        var groups = withClass(svg, "g", "bar");
        assertThat(groups).extracting(g -> g.getAttribute("data-label"))
                .containsExactly("Registered", "Confirmed", "Checked in", "No-shows");
        assertThat(groups).extracting(g -> g.getAttribute("data-value")).containsExactly("40", "30", "10", "0");
        double full = width(groups.get(0));
        assertThat(full).isEqualTo(Charts.BAR_AREA);
        assertThat(width(groups.get(1)) / full).isCloseTo(0.75, within(0.001));
        assertThat(width(groups.get(2)) / full).isCloseTo(0.25, within(0.001));
        assertThat(width(groups.get(3))).isZero();
        assertThat(child(groups.get(3), "rect").getAttribute("fill")).isEqualTo(Charts.ASIDE);
        assertThat(child(groups.get(0), "rect").getAttribute("fill")).isEqualTo(Charts.MAIN);
        assertThat(all(groups.get(1), "text")).extracting(Element::getTextContent)
                .containsExactly("Confirmed", "30");
        assertThat(child(groups.get(1), "title").getTextContent()).isEqualTo("Confirmed: 30");
        // Rows do not overlap, and the drawing is as tall as its rows.
        double first = number(child(groups.get(0), "rect"), "y");
        double second = number(child(groups.get(1), "rect"), "y");
        assertThat(second - first).isEqualTo(Charts.ROW);
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + Charts.WIDTH + " " + (4 * Charts.ROW + 8));
    }

    @Test
    void labelsFromPeopleAreEscapedForXmlAndLongOnesShortenedWithTheWholeLabelInTheTooltip() {
        String nasty = "R&D <script>alert('x')</script> \"quoted\"";
        String svgText = Charts.horizontalBars("x\"y", "Tom & Jerry's <chart>", "a < b", List.of(
                new Charts.Bar(nasty, 3), new Charts.Bar("Sustainable supply-chain finance", 5),
                new Charts.Bar("bell\u0007", 1)));

        assertThat(svgText).doesNotContain("<script>").doesNotContain("\u0007")
                .contains("R&amp;D &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot;");
        var svg = parse(svgText);
        assertThat(child(svg, "title").getTextContent()).isEqualTo("Tom & Jerry's <chart>");
        var groups = withClass(svg, "g", "bar");
        assertThat(groups.get(0).getAttribute("data-label")).isEqualTo(nasty);
        assertThat(child(groups.get(0), "title").getTextContent()).isEqualTo(nasty + ": 3");
        assertThat(all(groups.get(1), "text").get(0).getTextContent()).isEqualTo("Sustainable supp\u2026")
                .hasSize(Charts.LABEL_MAX);
        assertThat(child(groups.get(1), "title").getTextContent()).isEqualTo("Sustainable supply-chain finance: 5");
        assertThat(all(svg, "script")).isEmpty();
    }

    @Test
    void emptyAndAllZeroChartsStillDrawAndSaySo() {
        var empty = parse(Charts.horizontalBars("e", "Top interests", "None.", List.of()));
        assertThat(withClass(empty, "g", "bar")).isEmpty();
        assertThat(withClass(empty, "text", "chart-empty")).singleElement()
                .extracting(Element::getTextContent).isEqualTo("Nothing to show yet");

        var emptyColumns = parse(Charts.columns("c", "Degrees", "None.", "Connections made", List.of()));
        assertThat(withClass(emptyColumns, "text", "chart-empty")).hasSize(1);

        String zeros = Charts.horizontalBars("z", "Funnel", "Zeros.", Charts.funnel(
                new EventReport.Funnel(0, 0, 0, 0, 0, 0, 0)));
        assertThat(zeros).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(withClass(parse(zeros), "g", "bar")).hasSize(7).allSatisfy(g -> assertThat(width(g)).isZero());
        String zeroColumns = Charts.columns("zc", "Degrees", "Zeros.", "Connections made",
                Charts.degrees(List.of(new EventReport.DegreeCount(0, 0))));
        assertThat(zeroColumns).doesNotContain("NaN");
        assertThat(withClass(parse(zeroColumns), "g", "bar")).hasSize(1);
    }

    @Test
    void columnsAreProportionalAndStandOnOneLine() {
        var svg = parse(Charts.columns("d", "Connections per attendee", "How many made how many.",
                "Connections made", List.of(new Charts.Bar("0", 2), new Charts.Bar("1", 8), new Charts.Bar("2", 4))));

        var groups = withClass(svg, "g", "bar");
        var heights = groups.stream().map(g -> number(child(g, "rect"), "height")).toList();
        assertThat(heights.get(1)).isEqualTo(Charts.PLOT_HEIGHT);
        assertThat(heights.get(0) / heights.get(1)).isCloseTo(0.25, within(0.001));
        assertThat(heights.get(2) / heights.get(1)).isCloseTo(0.5, within(0.001));
        for (Element group : groups) {
            var rect = child(group, "rect");
            assertThat(number(rect, "y") + number(rect, "height"))
                    .isCloseTo(Charts.PLOT_TOP + Charts.PLOT_HEIGHT, within(0.11));
        }
        assertThat(all(groups.get(1), "text")).extracting(Element::getTextContent).containsExactly("8", "1");
        assertThat(all(svg, "text")).extracting(Element::getTextContent).contains("Connections made");
    }

    @Test
    void theFunnelGoesFromRegisteredToCheckedInThenTheFiguresBeside() {
        var bars = Charts.funnel(new EventReport.Funnel(12, 9, 2, 1, 3, 7, 2));

        assertThat(bars).extracting(Charts.Bar::label).containsExactly("Registered", "Confirmed", "Checked in",
                "Waitlisted", "Pending approval", "Cancelled", "No-shows");
        assertThat(bars).extracting(Charts.Bar::value).containsExactly(12, 9, 7, 2, 1, 3, 2);
        assertThat(bars.subList(0, 3)).allSatisfy(bar -> assertThat(bar.colour()).isEqualTo(Charts.MAIN));
        assertThat(bars.subList(3, 7)).allSatisfy(bar -> assertThat(bar.colour()).isEqualTo(Charts.ASIDE));
    }

    @Test
    void theDegreeDistributionFillsGapsAndGroupsLongTailsIntoRanges() {
        var few = Charts.degrees(List.of(new EventReport.DegreeCount(0, 3), new EventReport.DegreeCount(1, 4),
                new EventReport.DegreeCount(4, 1)));
        assertThat(few).extracting(Charts.Bar::label).containsExactly("0", "1", "2", "3", "4");
        assertThat(few).extracting(Charts.Bar::value).containsExactly(3, 4, 0, 0, 1);

        var many = Charts.degrees(List.of(new EventReport.DegreeCount(0, 5), new EventReport.DegreeCount(1, 2),
                new EventReport.DegreeCount(3, 3), new EventReport.DegreeCount(12, 1), new EventReport.DegreeCount(
                        40, 1)));
        assertThat(many.size()).isLessThanOrEqualTo(Charts.MAX_COLUMNS);
        assertThat(many.get(0)).isEqualTo(new Charts.Bar("0", 5));
        assertThat(many.get(1)).isEqualTo(new Charts.Bar("1\u20134", 5));
        assertThat(many.get(many.size() - 1).label()).endsWith("40");
        assertThat(many.stream().mapToInt(Charts.Bar::value).sum()).as("nobody lost or counted twice").isEqualTo(12);
    }

    @Test
    void numbersAreWrittenWithGrouping() {
        String svg = Charts.horizontalBars("n", "Big", "Big numbers.", List.of(new Charts.Bar("Registered", 12_345)));

        assertThat(svg).contains(">12,345</text>");
    }

    private static double width(Element group) {
        return number(child(group, "rect"), "width");
    }
}
