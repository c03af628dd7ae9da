package org.mingle.web.reports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG text read back as XML, which also proves it well formed; for the tests of the drawings. */
final class Svgs {

    private Svgs() {
    }

    static Element parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception notXml) {
            throw new AssertionError("not well-formed XML: " + svg, notXml);
        }
    }

    static List<Element> all(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The elements of a tag with this class among their classes. */
    static List<Element> withClass(Element root, String tag, String className) {
        return all(root, tag).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(className)).toList();
    }

    /** The first child element of a tag. */
    static Element child(Element parent, String tag) {
        return all(parent, tag).get(0);
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
