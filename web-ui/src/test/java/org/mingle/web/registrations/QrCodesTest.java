package org.mingle.web.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void drawsEveryDarkModuleAsOneSquareInsideAQuietZone() throws Exception {
        String text = "7KQ2M9XHTP";
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        String svg = QrCodes.svg(text);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        int size = qr.size + 8;
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + size + " " + size);

        String path = ((org.w3c.dom.Element) root.getElementsByTagName("path").item(0)).getAttribute("d");
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    dark++;
                    assertThat(path).contains("M" + (x + 4) + "," + (y + 4) + "h1v1h-1z");
                }
            }
        }
        assertThat(path.split("M").length - 1).isEqualTo(dark);
    }
}
