package org.mingle.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mingle.web.reports.Svgs.all;
import static org.mingle.web.reports.Svgs.child;
import static org.mingle.web.reports.Svgs.number;
import static org.mingle.web.reports.Svgs.parse;
import static org.mingle.web.reports.Svgs.withClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mingle.domain.reports.NetworkPicture;
import org.mingle.domain.shared.AccountId;
import org.w3c.dom.Element;

class NetworkSvgTest {

    @Test
    void eachPersonIsADotColouredByIndustryWithTheirNameAndEachConnectionALine() {
        var picture = new NetworkPicture(List.of(
                dot("Ana Lima", "Energy", 3, 0.5, 0.5),
                dot("Ben Okafor", "Finance", 2, 0.0, 1.0),
                dot("Cleo Clarke", " energy ", 2, 1.0, 0.0),
                dot(null, null, 1, 0.25, 0.75)),
                List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2}, new int[] {0, 3}), 4);

        var svg = parse(NetworkSvg.svg("net", picture));

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("net-title net-desc");
        assertThat(child(svg, "desc").getTextContent())
                .isEqualTo("4 people as dots coloured by industry, and 4 connections between them as lines.");
        var dots = withClass(svg, "circle", "network-dot");
        assertThat(dots).hasSize(4);
        Map<String, Element> byTitle = dots.stream()
                .collect(Collectors.toMap(d -> child(d, "title").getTextContent(), Function.identity()));
        assertThat(byTitle).containsOnlyKeys("Ana Lima · Energy · 3 connections",
                "Ben Okafor · Finance · 2 connections", "Cleo Clarke · energy · 2 connections",
                "Someone · industry not shown · 1 connection");
        // Industries compare without case: Energy (two people) gets the first colour, Finance the second.
        assertThat(byTitle.get("Ana Lima · Energy · 3 connections").getAttribute("fill"))
                .isEqualTo(NetworkSvg.PALETTE.get(0));
        assertThat(byTitle.get("Cleo Clarke · energy · 2 connections").getAttribute("fill"))
                .isEqualTo(NetworkSvg.PALETTE.get(0));
        assertThat(byTitle.get("Ben Okafor · Finance · 2 connections").getAttribute("fill"))
                .isEqualTo(NetworkSvg.PALETTE.get(1));
        assertThat(byTitle.get("Someone · industry not shown · 1 connection").getAttribute("fill"))
                .isEqualTo(NetworkSvg.UNKNOWN);
        // Placed in the square, inside the margin; a more connected person is a larger dot, and drawn last.
        var ana = byTitle.get("Ana Lima · Energy · 3 connections");
        assertThat(number(ana, "cx")).isEqualTo(NetworkSvg.SIZE / 2.0);
        var ben = byTitle.get("Ben Okafor · Finance · 2 connections");
        assertThat(number(ben, "cx")).isEqualTo(NetworkSvg.MARGIN);
        assertThat(number(ben, "cy")).isEqualTo(NetworkSvg.SIZE - NetworkSvg.MARGIN);
        assertThat(number(ana, "r")).isGreaterThan(number(ben, "r"));
        assertThat(dots.get(dots.size() - 1)).isSameAs(ana);

        var lines = all(svg, "line");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).getAttribute("x1")).isEqualTo(ana.getAttribute("cx"));
        assertThat(lines.get(0).getAttribute("x2")).isEqualTo(ben.getAttribute("cx"));
        assertThat(lines.get(0).getAttribute("y2")).isEqualTo(ben.getAttribute("cy"));
    }

    @Test
    void theLegendNamesTheColoursMostCommonFirstThenOtherIndustriesThenUnknown() {
        List<NetworkPicture.Dot> people = new ArrayList<>();
        String[] industries = {"Energy", "Finance", "Design", "Health", "Law", "Media", "Retail", "Transport",
            "Farming", "Mining"};
        for (int i = 0; i < industries.length; i++) {
            // Energy most common, then Finance, and so on.
            for (int n = 0; n < industries.length - i; n++) {
                people.add(dot("P" + i + "-" + n, industries[i], 1, 0.5, 0.5));
            }
        }
        people.add(dot("Quiet", "", 1, 0.5, 0.5));
        people.add(dot("Hidden", null, 1, 0.5, 0.5));
        var picture = new NetworkPicture(people, List.of(), people.size());

        var legend = NetworkSvg.legend(picture);

        assertThat(legend).extracting(NetworkSvg.Legend::label).containsExactly("Energy", "Finance", "Design",
                "Health", "Law", "Media", "Retail", "Transport", "Other industries", "Industry not shown");
        assertThat(legend.subList(0, 8)).extracting(NetworkSvg.Legend::colour)
                .containsExactlyElementsOf(NetworkSvg.PALETTE);
        assertThat(legend.get(0).people()).isEqualTo(10);
        assertThat(legend.get(8)).isEqualTo(new NetworkSvg.Legend("Other industries", NetworkSvg.OTHER, 2 + 1));
        assertThat(legend.get(9)).isEqualTo(new NetworkSvg.Legend("Industry not shown", NetworkSvg.UNKNOWN, 2));
        var fills = withClass(parse(NetworkSvg.svg("n", picture)), "circle", "network-dot").stream()
                .map(d -> d.getAttribute("fill")).collect(Collectors.toSet());
        assertThat(fills).containsAll(NetworkSvg.PALETTE).contains(NetworkSvg.OTHER, NetworkSvg.UNKNOWN);
    }

    @Test
    void namesAndIndustriesAreEscapedForXml() {
        var picture = new NetworkPicture(List.of(dot("<b>Eve</b> & \"Co\"", "R&D <lab>", 1, 0.1, 0.9),
                dot("Zed", "R&D <lab>", 1, 0.9, 0.1)), List.<int[]>of(new int[] {0, 1}), 2);

        String text = NetworkSvg.svg("esc", picture);

        assertThat(text).doesNotContain("<b>").doesNotContain("<lab>")
                .contains("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot; · R&amp;D &lt;lab&gt; · 1 connection");
        var dots = withClass(parse(text), "circle", "network-dot");
        assertThat(dots).extracting(d -> child(d, "title").getTextContent())
                .contains("<b>Eve</b> & \"Co\" · R&D <lab> · 1 connection");
        assertThat(NetworkSvg.legend(picture)).extracting(NetworkSvg.Legend::label).containsExactly("R&D <lab>");
    }

    @Test
    void anEmptyPictureSaysSoAndBadIndexesAreSkipped() {
        var empty = parse(NetworkSvg.svg("e", new NetworkPicture(List.of(), List.of(), 0)));
        assertThat(all(empty, "circle")).isEmpty();
        assertThat(withClass(empty, "text", "chart-empty")).singleElement()
                .extracting(Element::getTextContent).isEqualTo("No connections yet");
        assertThat(NetworkSvg.legend(new NetworkPicture(List.of(), List.of(), 0))).isEmpty();

        var odd = parse(NetworkSvg.svg("o", new NetworkPicture(List.of(dot("Ana", "Energy", 0, Double.NaN, 2.0)),
                List.<int[]>of(new int[] {0, 5}), 1)));
        assertThat(all(odd, "line")).isEmpty();
        var dot = child(odd, "circle");
        assertThat(odd.getAttribute("viewBox")).isEqualTo("0 0 600 " + NetworkSvg.MIN_HEIGHT);
        assertThat(number(dot, "cx")).as("one dot: in the middle").isEqualTo(NetworkSvg.SIZE / 2.0);
        assertThat(number(dot, "cy")).isEqualTo(NetworkSvg.MIN_HEIGHT / 2.0);
    }

    @Test
    void aFlatNetworkMakesAFlatDrawingScaledAlikeOnBothAxes() {
        var picture = new NetworkPicture(List.of(dot("Ana", "Energy", 1, 0.05, 0.10),
                dot("Ben", "Energy", 2, 0.95, 0.30), dot("Cleo", "Energy", 1, 0.50, 0.20)),
                List.of(new int[] {0, 1}, new int[] {1, 2}), 3);

        var svg = parse(NetworkSvg.svg("flat", picture));

        // 0.9 wide and 0.2 high: 564 units wide, so 125.3 high, plus the margins; but no flatter than a third.
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 600 " + NetworkSvg.MIN_HEIGHT);
        var dots = withClass(svg, "circle", "network-dot");
        Map<String, Element> byName = dots.stream().collect(Collectors.toMap(
                d -> child(d, "title").getTextContent().split(" ")[0], Function.identity()));
        assertThat(number(byName.get("Ana"), "cx")).isEqualTo(NetworkSvg.MARGIN);
        assertThat(number(byName.get("Ben"), "cx")).isEqualTo(NetworkSvg.SIZE - NetworkSvg.MARGIN);
        double height = number(byName.get("Ben"), "cy") - number(byName.get("Ana"), "cy");
        assertThat(height).as("the same scale as across").isCloseTo(564 * 0.2 / 0.9, within(0.2));
        double middle = (number(byName.get("Ben"), "cy") + number(byName.get("Ana"), "cy")) / 2;
        assertThat(middle).as("centred").isCloseTo(NetworkSvg.MIN_HEIGHT / 2.0, within(0.2));

        var tall = parse(NetworkSvg.svg("tall", new NetworkPicture(List.of(dot("Ana", "Energy", 1, 0.4, 0.05),
                dot("Ben", "Energy", 1, 0.6, 0.95)), List.<int[]>of(new int[] {0, 1}), 2)));
        assertThat(tall.getAttribute("viewBox")).isEqualTo("0 0 600 600");
        var tallDots = withClass(tall, "circle", "network-dot");
        assertThat(tallDots).extracting(d -> number(d, "cy")).containsExactlyInAnyOrder(18.0, 582.0);
        assertThat(tallDots).extracting(d -> number(d, "cx")).allSatisfy(x -> assertThat(x).isBetween(230.0, 370.0));
    }

    private static NetworkPicture.Dot dot(String name, String industry, int connections, double x, double y) {
        var person = new NetworkPicture.Person(new AccountId(UUID.randomUUID()), industry, connections);
        return new NetworkPicture.Dot(person, name, x, y);
    }
}
