package org.mingle.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A real SMTP server for tests (GreenMail) on a fixed free port of 127.0.0.1, so it comes back at the same address
 * after a test stops it, with the properties that point Mingle at it and helpers to read what arrived.
 */
public final class TestMailServer implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final int port = freePort();
    private final GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public TestMailServer start() {
        greenMail.start();
        return this;
    }

    public void stop() {
        greenMail.stop();
    }

    public boolean isRunning() {
        return greenMail.isRunning();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    /** Mingle's configuration for sending here, mailing notifications and checking the outbox every 100 ms. */
    public Map<String, String> micronautProperties() {
        return Map.of("mingle.smtp.host", "127.0.0.1", "mingle.smtp.port", String.valueOf(port),
                "mingle.mail.from", "Mingle <mingle@example.org>", "mingle.mail.poll-interval", "100ms",
                "mingle.notifications.mail-interval", "100ms");
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails received for this address, waiting until {@code count} have arrived or 10 s have passed. */
    public List<MimeMessage> awaitTo(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<MimeMessage> mails;
        do {
            mails = to(address);
            if (mails.size() >= count) {
                return mails;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        return mails;
    }

    public List<MimeMessage> to(String address) {
        return received().stream().filter(mail -> recipients(mail).contains(address)).toList();
    }

    /** The plain-text part of a multipart/alternative mail, inside a multipart/mixed or not. */
    public static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    public static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    /** The first link in the mail's text that starts with the prefix. */
    public static String link(MimeMessage mail, String prefix) {
        var matcher = LINK.matcher(text(mail));
        while (matcher.find()) {
            if (matcher.group().startsWith(prefix)) {
                return matcher.group();
            }
        }
        throw new AssertionError("no link starting with " + prefix + " in:\n" + text(mail));
    }

    /**
     * The first part of this type, looked for through nested multiparts (a mail with an attachment is a
     * multipart/mixed holding the multipart/alternative); empty when there is none.
     */
    public static Optional<BodyPart> findPart(MimeMessage mail, String type) {
        try {
            return find((Multipart) mail.getContent(), type);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the mail's calendar attachment (text/calendar), read as UTF-8. */
    public static String calendar(MimeMessage mail) {
        var part = findPart(mail, "text/calendar").orElseThrow(() -> new AssertionError("no text/calendar part"));
        try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage mail, String type) {
        try {
            var part = findPart(mail, type).orElseThrow(() -> new AssertionError("no " + type + " part"));
            return part.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<BodyPart> find(Multipart parts, String type) throws IOException, MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return Optional.of(part);
            }
            if (part.isMimeType("multipart/*")) {
                var inner = find((Multipart) part.getContent(), type);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            var to = mail.getAllRecipients();
            return to == null ? List.of() : java.util.Arrays.stream(to).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
