package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.mingle.domain.reports.EventReport;
import org.mingle.web.shell.Formats;

/**
 * Bar charts drawn on the server as SVG text, so no charting library runs in the browser (and none has to be
 * bundled). Every chart is an image for assistive technology with a title and a description, and every bar carries
 * its label and value as text and as a tooltip, so the figures can be read without the colours. Bars are proportional
 * to the largest value; an empty or all-zero chart still draws, with a line saying there is nothing to show yet.
 *
 * <p>Text from people (interest names) is escaped for XML: the SVG goes into the page as markup. The words and numbers
 * are the page's language; outside a page (a plain unit test) they are English.
 */
public final class Charts {

    /** The bar of a step people go through. */
    public static final String MAIN = "#1676f3";
    /** The bar of a figure beside the steps (waitlisted, no-shows). */
    public static final String ASIDE = "#8a9bb0";

    static final String TEXT = "#1a2433";
    static final String MUTED = "#5b6778";

    /** Horizontal bars: the width of the drawing, the label column and the row height, in SVG units. */
    static final int WIDTH = 360;
    static final int LABEL_WIDTH = 132;
    static final int VALUE_ROOM = 50;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_ROOM;
    static final int LABEL_MAX = 17;

    /** Columns: the height of the plot and the room below it for labels. */
    static final int PLOT_TOP = 22;
    static final int PLOT_HEIGHT = 150;
    static final int AXIS_ROOM = 44;
    static final int PLOT_LEFT = 8;
    static final int PLOT_RIGHT = 8;

    /** The degree distribution gets one column per number of connections up to this many; beyond, ranges. */
    static final int MAX_COLUMNS = 12;

    private Charts() {
    }

    /** One bar: what it counts, how many, and its colour. */
    public record Bar(String label, int value, String colour) {

        public Bar(String label, int value) {
            this(label, value, MAIN);
        }
    }

    /** The attendance funnel, registered → confirmed → checked in, then the figures beside it. */
    public static List<Bar> funnel(EventReport.Funnel funnel) {
        return List.of(new Bar(translate("reports.funnel.registered"), funnel.registered()),
                new Bar(translate("reports.funnel.confirmed"), funnel.confirmed()),
                new Bar(translate("reports.funnel.checked-in"), funnel.checkedIn()),
                new Bar(translate("reports.funnel.waitlisted"), funnel.waitlisted(), ASIDE),
                new Bar(translate("reports.funnel.pending"), funnel.pendingApproval(), ASIDE),
                new Bar(translate("reports.funnel.cancelled"), funnel.cancelled(), ASIDE),
                new Bar(translate("reports.funnel.no-shows"), funnel.noShows(), ASIDE));
    }

    /** Interests and their counts, in the order given. */
    public static List<Bar> interests(List<EventReport.InterestCount> interests) {
        return interests.stream().map(i -> new Bar(i.interest(), i.count())).toList();
    }

    /**
     * How many attendees made each number of connections, as columns: one a number, the numbers no one made
     * included (a gap is part of the picture), or, past {@value #MAX_COLUMNS} columns, "0" and then ranges of equal
     * width ("1–5", "6–10", ...).
     */
    public static List<Bar> degrees(List<EventReport.DegreeCount> distribution) {
        int max = distribution.stream().mapToInt(EventReport.DegreeCount::connections).max().orElse(0);
        int[] people = new int[max + 1];
        distribution.forEach(row -> people[row.connections()] += row.attendees());
        List<Bar> bars = new ArrayList<>();
        if (max < MAX_COLUMNS) {
            for (int degree = 0; degree <= max; degree++) {
                bars.add(new Bar(Integer.toString(degree), people[degree]));
            }
            return bars;
        }
        bars.add(new Bar("0", people[0]));
        int width = (max + MAX_COLUMNS - 2) / (MAX_COLUMNS - 1);
        for (int from = 1; from <= max; from += width) {
            int to = Math.min(max, from + width - 1);
            int sum = 0;
            for (int degree = from; degree <= to; degree++) {
                sum += people[degree];
            }
            bars.add(new Bar(from == to ? Integer.toString(from) : from + "\u2013" + to, sum));
        }
        return bars;
    }

    /**
     * A horizontal bar chart: label, bar, value, one row a bar.
     *
     * @param id          unique on the page: the title's and description's ids are made from it
     * @param title       what the chart shows, for screen readers and as a tooltip
     * @param description one sentence on how to read it
     */
    public static String horizontalBars(String id, String title, String description, List<Bar> bars) {
        int height = bars.isEmpty() ? ROW + 8 : bars.size() * ROW + 8;
        var svg = open(id, title, description, WIDTH, height, "horizontal");
        if (bars.isEmpty()) {
            return empty(svg, height).toString();
        }
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = 4 + i * ROW;
            double width = length(bar.value(), max, BAR_AREA);
            double middle = top + ROW / 2.0;
            svg.append("<g class=\"bar\" data-label=\"").append(escape(bar.label())).append("\" data-value=\"")
                    .append(bar.value()).append("\">")
                    .append("<title>").append(escape(bar.label())).append(": ").append(number(bar.value()))
                    .append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(decimal(middle))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"14\" fill=\"")
                    .append(TEXT).append("\">").append(escape(shorten(bar.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"")
                    .append(decimal(top + (ROW - BAR) / 2.0)).append("\" width=\"").append(decimal(width))
                    .append("\" height=\"").append(BAR).append("\" rx=\"3\" fill=\"").append(escape(bar.colour()))
                    .append("\"/>")
                    .append("<text x=\"").append(decimal(LABEL_WIDTH + width + 6)).append("\" y=\"")
                    .append(decimal(middle)).append("\" dominant-baseline=\"middle\" font-size=\"14\" "
                            + "font-weight=\"600\" fill=\"").append(TEXT).append("\">").append(number(bar.value()))
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A column chart: one column a bar, its value above it and its label below; the axis caption under all.
     *
     * @param axis what the labels below the columns are ("Connections made")
     */
    public static String columns(String id, String title, String description, String axis, List<Bar> bars) {
        int height = PLOT_TOP + PLOT_HEIGHT + AXIS_ROOM;
        var svg = open(id, title, description, WIDTH, height, "columns");
        if (bars.isEmpty()) {
            return empty(svg, height).toString();
        }
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        double slot = (WIDTH - PLOT_LEFT - PLOT_RIGHT) / (double) bars.size();
        double column = Math.max(2, slot * 0.7);
        int bottom = PLOT_TOP + PLOT_HEIGHT;
        int labelSize = slot < 26 ? 10 : 12;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double columnHeight = length(bar.value(), max, PLOT_HEIGHT);
            double centre = PLOT_LEFT + slot * i + slot / 2;
            svg.append("<g class=\"bar\" data-label=\"").append(escape(bar.label())).append("\" data-value=\"")
                    .append(bar.value()).append("\">")
                    .append("<title>").append(escape(bar.label())).append(": ").append(number(bar.value()))
                    .append("</title>")
                    .append("<rect x=\"").append(decimal(centre - column / 2)).append("\" y=\"")
                    .append(decimal(bottom - columnHeight)).append("\" width=\"").append(decimal(column))
                    .append("\" height=\"").append(decimal(columnHeight)).append("\" rx=\"2\" fill=\"")
                    .append(escape(bar.colour())).append("\"/>")
                    .append("<text x=\"").append(decimal(centre)).append("\" y=\"")
                    .append(decimal(bottom - columnHeight - 5)).append("\" text-anchor=\"middle\" font-size=\"")
                    .append(labelSize).append("\" font-weight=\"600\" fill=\"").append(TEXT).append("\">")
                    .append(number(bar.value())).append("</text>")
                    .append("<text x=\"").append(decimal(centre)).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"").append(labelSize).append("\" fill=\"")
                    .append(TEXT).append("\">").append(escape(shorten(bar.label()))).append("</text></g>");
        }
        svg.append("<line x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - PLOT_RIGHT).append("\" y2=\"").append(bottom)
                .append("\" stroke=\"").append(MUTED).append("\" stroke-width=\"1\"/>")
                .append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(height - 6)
                .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"").append(MUTED).append("\">")
                .append(escape(axis)).append("</text>");
        return svg.append("</svg>").toString();
    }

    /** Text for inside SVG (or any XML): the five characters with a meaning there as entities. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0: drop them.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** "1,234" ("1.234" in German): a count as the page writes it. */
    static String number(int value) {
        return NumberFormat.getIntegerInstance(Formats.locale()).format(value);
    }

    private static StringBuilder open(String id, String title, String description, int width, int height,
                                      String kind) {
        String safeId = escape(id);
        return new StringBuilder(2048).append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" class=\"chart chart-").append(kind)
                .append("\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId).append("-desc\"")
                .append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description))
                .append("</desc>");
    }

    private static StringBuilder empty(StringBuilder svg, int height) {
        return svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(height / 2)
                .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"13\" fill=\"")
                .append(MUTED).append("\" class=\"chart-empty\">").append(escape(translate("reports.chart.empty")))
                .append("</text></svg>");
    }

    /** The length of a bar out of the room for the largest; 0 when every value is 0. */
    static double length(int value, int max, int room) {
        return max <= 0 ? 0 : Math.round(10.0 * room * value / max) / 10.0;
    }

    /** A label that fits the label column, cut with an ellipsis; the tooltip keeps it whole. */
    static String shorten(String label) {
        if (label == null) {
            return "";
        }
        if (label.codePointCount(0, label.length()) <= LABEL_MAX) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_MAX - 1)).strip() + "\u2026";
    }

    static String decimal(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
