package org.mingle.domain.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * The SMTP server mail goes out through, as configured by {@code MINGLE_SMTP_*} and {@code MINGLE_MAIL_FROM}. Built
 * and checked once at start-up, so a wrong value stops Mingle with a message naming the variable.
 */
record MailServer(String host, int port, Security security, Optional<String> user, Optional<String> password,
                  InternetAddress from) {

    /** How the connection to the server is protected. */
    enum Security {
        /** Plain SMTP, for a server on the same machine or network (Mailpit, a local relay). */
        NONE,
        /** Plain connection upgraded with STARTTLS; refused if the server does not offer it. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS
    }

    static final String DEFAULT_FROM = "Mingle <mingle@localhost>";

    /**
     * The configured server, or empty when no host is set.
     *
     * @throws IllegalArgumentException naming the variable that is wrong
     */
    static Optional<MailServer> of(String host, String port, String security, String user, String password,
                                   String from) {
        if (host.isBlank()) {
            return Optional.empty();
        }
        var parsedSecurity = security(security);
        return Optional.of(new MailServer(host.strip(), port(port, parsedSecurity), parsedSecurity,
                Optional.of(user).filter(u -> !u.isBlank()), Optional.of(password).filter(p -> !p.isEmpty()),
                from(from)));
    }

    static InternetAddress from(String from) {
        var text = from.isBlank() ? DEFAULT_FROM : from.strip();
        try {
            var address = new InternetAddress(text, true);
            if (!address.getAddress().contains("@")) {
                throw new AddressException("no @ in the address");
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("MINGLE_MAIL_FROM is \"" + text + "\", which is no mail address. "
                    + "Set it to an address such as \"Mingle <mingle@example.org>\".");
        }
    }

    private static Security security(String text) {
        var name = text.isBlank() ? "NONE" : text.strip().toUpperCase(Locale.ROOT);
        try {
            return Security.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MINGLE_SMTP_SECURITY is \"" + text + "\"; it must be NONE, STARTTLS "
                    + "or TLS.");
        }
    }

    private static int port(String text, Security security) {
        if (text.isBlank()) {
            return switch (security) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            };
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("MINGLE_SMTP_PORT is \"" + text + "\"; it must be a port number from "
                + "1 to 65535.");
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security + user.map(u -> ", as " + u).orElse("") + ")";
    }
}
