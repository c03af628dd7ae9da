package org.mingle.web.connections;

import java.util.Optional;
import org.mingle.domain.connections.ConnectCode;
import org.mingle.domain.shared.PublicUrl;

/**
 * What a scanned QR code or a typed text says as a connect code: the address of a connect page of this Mingle (the
 * QR code {@link MyConnectCodeView} shows), or the code alone, as someone types it. An address of any other site is
 * no connect code, even when its path looks like one: Mingle never follows a scanned address elsewhere.
 */
final class ScannedConnectCode {

    private ScannedConnectCode() {
    }

    static Optional<ConnectCode> read(String text, PublicUrl publicUrl) {
        if (text == null) {
            return Optional.empty();
        }
        String read = text.strip();
        if (!isAddress(read)) {
            return ConnectCode.parse(read);
        }
        String prefix = publicUrl.link(ConnectView.ROUTE_PREFIX + "/");
        if (read.length() <= prefix.length() || !read.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String code = read.substring(prefix.length());
        return ConnectCode.parse(code.endsWith("/") ? code.substring(0, code.length() - 1) : code);
    }

    /** Whether the text is a web address rather than a code. */
    static boolean isAddress(String text) {
        return text != null && text.contains("://");
    }
}
