package org.mingle.web.registrations;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * QR codes drawn on the server as SVG, so no JavaScript library is needed in the browser. A check-in code's QR code
 * is an image with a {@code data:} address: it needs no request of its own and works offline once the page is shown.
 */
public final class QrCodes {

    /** The quiet zone around the code, in modules; the standard asks for four. */
    private static final int BORDER = 4;

    private QrCodes() {
    }

    /** The text as a QR code in SVG, black on white, one unit per module. */
    public static String svg(String text) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        var svg = new StringBuilder(qr.size * qr.size * 4)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ")
                .append(size).append(' ').append(size)
                .append("\" stroke=\"none\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/><path d=\"");
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    svg.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return svg.append("\" fill=\"#000000\"/></svg>").toString();
    }

    /** The text as a QR code image, with an alternative text for screen readers. */
    public static Image image(String text, String alternativeText) {
        String data = Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
        var image = new Image("data:image/svg+xml;base64," + data, alternativeText);
        image.addClassName("qr-code");
        return image;
    }
}
