package org.mingle.domain.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.shared.TextRules;

/**
 * Where webhooks may post. Only {@code http} and {@code https} addresses with a host and without user information;
 * and, unless {@code mingle.webhooks.allow-private} is set, only hosts whose every address is public. Otherwise an
 * organizer could make Mingle post to the machine it runs on, the cloud's metadata service (169.254.169.254) or the
 * private network behind it. The host is checked when the webhook is created and again before every attempt, since
 * what a name resolves to can change.
 */
final class WebhookAddresses {

    static final int MAX_LENGTH = 2000;

    /** A host name that does not resolve now: at creation a refusal, at delivery an error worth retrying. */
    static final class Unresolvable extends Exception {

        Unresolvable(String message) {
            super(message);
        }
    }

    private WebhookAddresses() {
    }

    /** What is wrong with the address's form, if anything. */
    static Optional<String> formProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("must be an http:// or https:// address");
        }
        if (TextRules.length(text) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("must name a host, such as https://crm.example.org/hooks/mingle");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment (#)");
        }
        return Optional.empty();
    }

    /**
     * Why the address's host may not be posted to, if it may not: some address it resolves to is not public.
     *
     * @throws Unresolvable when the host name does not resolve now
     */
    static Optional<String> refusal(URI uri) throws Unresolvable {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw new Unresolvable("the host " + host + " cannot be found");
        }
        return Arrays.stream(addresses).filter(WebhookAddresses::isNotPublic).findFirst()
                .map(address -> "must not point to a loopback, private, link-local or other non-public address ("
                        + host + " is " + address.getHostAddress() + ")");
    }

    static boolean isNotPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 shared address space (carrier-grade NAT), 240.0.0.0/4 reserved
            // and the broadcast address.
            return first == 0 || (first == 100 && (second & 0xc0) == 64) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local addresses.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            // An IPv4 address written as IPv6 (::a.b.c.d, or NAT64's 64:ff9b::a.b.c.d) is judged as that address.
            boolean compatible = Arrays.equals(Arrays.copyOf(bytes, 12), new byte[12]);
            boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                    && (bytes[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(bytes, 4, 12), new byte[8]);
            if (compatible || nat64) {
                try {
                    return isNotPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }
}
