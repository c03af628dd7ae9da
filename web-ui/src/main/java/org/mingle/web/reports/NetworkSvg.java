package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.plural;
import static org.mingle.web.shell.Translations.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mingle.domain.reports.NetworkPicture;
import org.mingle.domain.shared.AccountId;

/**
 * The connection network as SVG text: a dot a person, placed where the domain's layout put them, coloured by industry,
 * and a line a connection. Each dot has a tooltip ({@code <title>}) with the person's name, industry and number of
 * connections. The most common industries get the colours of a fixed palette, told apart by people with a colour
 * vision deficiency too (Okabe–Ito); further industries share one colour, and people whose industry is unknown or
 * hidden are grey. {@link #legend} says which is which.
 */
public final class NetworkSvg {

    /** The colours of the most common industries, most common first. */
    public static final List<String> PALETTE = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00",
            "#56b4e9", "#7a5195", "#b8a200");
    /** Industries beyond the palette. */
    public static final String OTHER = "#6b4f2a";
    /** No industry shown. */
    public static final String UNKNOWN = "#a7a7a7";

    /** The drawing is this many units wide, and as tall as the network needs; dots kept this far from its edge. */
    static final int SIZE = 600;
    static final int MARGIN = 18;
    /** A flat network makes a drawing no flatter than this. */
    static final int MIN_HEIGHT = SIZE / 3;
    /** Faces in pictures of this many people at most: in larger ones a dot is too small to show one. */
    public static final int FACES_UP_TO = 60;
    /** A face is drawn at least this large, in units of the drawing's width of {@link #SIZE}. */
    static final double FACE_RADIUS = 14;

    private NetworkSvg() {
    }

    /** An entry of the legend: the industry (or "Other industries", "Industry not shown"), its colour, its people. */
    public record Legend(String label, String colour, int people) {
    }

    /**
     * The colours, in legend order: the palette's industries by how many people in the picture have them (then by
     * name), then "Other industries", then "Industry not shown"; entries with nobody are left out.
     */
    public static List<Legend> legend(NetworkPicture picture) {
        List<Industry> industries = industries(picture);
        List<Legend> legend = new ArrayList<>();
        int other = 0;
        for (int i = 0; i < industries.size(); i++) {
            Industry industry = industries.get(i);
            if (i < PALETTE.size()) {
                legend.add(new Legend(industry.name(), PALETTE.get(i), industry.people()));
            } else {
                other += industry.people();
            }
        }
        if (other > 0) {
            legend.add(new Legend(translate("reports.network.other-industries"), OTHER, other));
        }
        int unknown = (int) picture.people().stream().filter(dot -> key(dot.person().industry()) == null).count();
        if (unknown > 0) {
            legend.add(new Legend(translate("reports.network.unknown"), UNKNOWN, unknown));
        }
        return legend;
    }

    /** An industry of the picture: how it is compared, how it is written (as first met), how many have it. */
    private record Industry(String key, String name, int people) {
    }

    /** The industries in the picture, the most common first, then by name. */
    private static List<Industry> industries(NetworkPicture picture) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (NetworkPicture.Dot dot : picture.people()) {
            String key = key(dot.person().industry());
            if (key != null) {
                names.putIfAbsent(key, dot.person().industry().strip());
                counts.merge(key, 1, Integer::sum);
            }
        }
        return names.keySet().stream().map(key -> new Industry(key, names.get(key), counts.get(key)))
                .sorted(Comparator.comparing((Industry industry) -> -industry.people())
                        .thenComparing(Industry::key))
                .toList();
    }

    /**
     * The picture as SVG.
     *
     * @param id unique on the page: the title's and description's ids are made from it
     */
    public static String svg(String id, NetworkPicture picture) {
        return svg(id, picture, person -> null);
    }

    /**
     * The picture as SVG, with faces: in a picture of at most {@link #FACES_UP_TO} people, a dot whose person shows
     * the viewer a photo is that photo in a ring of their industry's colour.
     *
     * @param photoAddress the address of a person's small photo, or null for a plain dot
     */
    public static String svg(String id, NetworkPicture picture, Function<AccountId, String> photoAddress) {
        String safeId = Charts.escape(id);
        int people = picture.people().size();
        var frame = Frame.of(picture.people());
        var svg = new StringBuilder(512 + people * 160 + picture.connections().size() * 60)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ')
                .append(frame.height()).append("\" role=\"img\" class=\"network-svg\" aria-labelledby=\"")
                .append(safeId).append("-title ").append(safeId).append("-desc\"")
                .append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">")
                .append("<title id=\"").append(safeId).append("-title\">")
                .append(Charts.escape(translate("reports.network.svg-title"))).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">")
                .append(Charts.escape(translate("reports.network.svg-description",
                        plural("reports.count.people", people),
                        plural("reports.count.connections", picture.connections().size()))))
                .append("</desc>");
        if (people == 0) {
            return svg.append("<text x=\"").append(SIZE / 2).append("\" y=\"").append(frame.height() / 2)
                    .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"18\" fill=\"")
                    .append(Charts.MUTED).append("\" class=\"chart-empty\">")
                    .append(Charts.escape(translate("reports.network.svg-empty"))).append("</text></svg>")
                    .toString();
        }
        Map<String, String> colours = colours(picture);
        svg.append("<g class=\"network-lines\" stroke=\"#8a94a6\" stroke-opacity=\"0.55\" stroke-width=\"")
                .append(people > 150 ? "0.6" : "1.2").append("\">");
        for (int[] line : picture.connections()) {
            if (line[0] < 0 || line[0] >= people || line[1] < 0 || line[1] >= people) {
                continue;
            }
            var from = picture.people().get(line[0]);
            var to = picture.people().get(line[1]);
            svg.append("<line x1=\"").append(Charts.decimal(frame.x(from.x()))).append("\" y1=\"")
                    .append(Charts.decimal(frame.y(from.y()))).append("\" x2=\"")
                    .append(Charts.decimal(frame.x(to.x()))).append("\" y2=\"")
                    .append(Charts.decimal(frame.y(to.y()))).append("\"/>");
        }
        svg.append("</g><g class=\"network-dots\" stroke=\"#ffffff\" stroke-width=\"1.2\">");
        double base = people > 150 ? 3 : people > 60 ? 4.5 : 7;
        // The least connected first, so that the most connected are drawn on top.
        for (int i = people - 1; i >= 0; i--) {
            var dot = picture.people().get(i);
            var person = dot.person();
            String key = key(person.industry());
            String colour = key == null ? UNKNOWN : colours.getOrDefault(key, OTHER);
            double radius = base + Math.min(base, Math.sqrt(Math.max(0, person.connections())));
            String photo = people <= FACES_UP_TO ? photoAddress.apply(person.account()) : null;
            String cx = Charts.decimal(frame.x(dot.x()));
            String cy = Charts.decimal(frame.y(dot.y()));
            if (photo != null) {
                radius = Math.max(radius, FACE_RADIUS);
                String clip = safeId + "-face-" + i;
                String r = Charts.decimal(radius);
                svg.append("<clipPath id=\"").append(clip).append("\"><circle cx=\"").append(cx).append("\" cy=\"")
                        .append(cy).append("\" r=\"").append(r).append("\"/></clipPath><image class=\"network-face\"")
                        .append(" href=\"").append(Charts.escape(photo)).append("\" x=\"")
                        .append(Charts.decimal(frame.x(dot.x()) - radius)).append("\" y=\"")
                        .append(Charts.decimal(frame.y(dot.y()) - radius)).append("\" width=\"")
                        .append(Charts.decimal(2 * radius)).append("\" height=\"").append(Charts.decimal(2 * radius))
                        .append("\" preserveAspectRatio=\"xMidYMid slice\" clip-path=\"url(#").append(clip)
                        .append(")\"/>");
            }
            svg.append("<circle class=\"network-dot\" cx=\"").append(cx)
                    .append("\" cy=\"").append(cy).append("\" r=\"")
                    .append(Charts.decimal(radius))
                    .append(photo == null ? "\" fill=\"" : "\" fill=\"none\" stroke-width=\"3\" stroke=\"")
                    .append(colour)
                    .append("\" data-connections=\"").append(person.connections()).append("\"><title>")
                    .append(Charts.escape(title(dot))).append("</title></circle>");
        }
        return svg.append("</g></svg>").toString();
    }

    /** "Ana Lima · Energy · 3 connections": a dot's tooltip. */
    static String title(NetworkPicture.Dot dot) {
        String name = dot.name() == null || dot.name().isBlank() ? translate("reports.network.someone")
                : dot.name();
        String industry = key(dot.person().industry()) == null ? translate("reports.network.unknown-inline")
                : dot.person().industry().strip();
        return name + " · " + industry + " · " + plural("reports.count.connections",
                dot.person().connections());
    }

    /** Industry (as compared) → colour, for the industries with a palette colour. */
    private static Map<String, String> colours(NetworkPicture picture) {
        List<Industry> industries = industries(picture);
        Map<String, String> colours = new HashMap<>();
        for (int i = 0; i < industries.size() && i < PALETTE.size(); i++) {
            colours.put(industries.get(i).key(), PALETTE.get(i));
        }
        return colours;
    }

    /** An industry as compared: case and surrounding blanks do not matter; {@code null} for none. */
    private static String key(String industry) {
        return industry == null || industry.isBlank() ? null : industry.strip().toLowerCase(Locale.ROOT);
    }

    private static double clamp(double unit) {
        return Double.isNaN(unit) ? 0.5 : Math.max(0, Math.min(1, unit));
    }

    /**
     * Where the dots go: the box around them, scaled alike on both axes (the layout's distances mean something) to
     * the drawing's width, or to its height when taller than wide, and centred; the drawing no taller than the
     * network needs, so a flat network leaves no empty band.
     */
    private record Frame(double minX, double minY, double scale, double left, double top, int height) {

        static Frame of(List<NetworkPicture.Dot> dots) {
            double minX = 1;
            double minY = 1;
            double maxX = 0;
            double maxY = 0;
            for (NetworkPicture.Dot dot : dots) {
                minX = Math.min(minX, clamp(dot.x()));
                maxX = Math.max(maxX, clamp(dot.x()));
                minY = Math.min(minY, clamp(dot.y()));
                maxY = Math.max(maxY, clamp(dot.y()));
            }
            if (dots.isEmpty()) {
                return new Frame(0, 0, 0, SIZE / 2.0, MIN_HEIGHT / 2.0, MIN_HEIGHT);
            }
            double room = SIZE - 2 * MARGIN;
            double spanX = maxX - minX;
            double spanY = maxY - minY;
            double span = Math.max(spanX, spanY);
            double scale = span < 1e-9 ? 0 : room / span;
            int height = (int) Math.ceil(Math.max(MIN_HEIGHT, spanY * scale + 2 * MARGIN));
            return new Frame(minX, minY, scale, MARGIN + (room - spanX * scale) / 2,
                    MARGIN + (height - 2 * MARGIN - spanY * scale) / 2, height);
        }

        double x(double unit) {
            return left + (clamp(unit) - minX) * scale;
        }

        double y(double unit) {
            return top + (clamp(unit) - minY) * scale;
        }
    }
}
