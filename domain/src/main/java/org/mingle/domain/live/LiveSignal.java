package org.mingle.domain.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * That something changed for one subject, and nothing more: whoever shows it reads the current state again. Signals
 * travel between instances as PostgreSQL notifications, many to a payload ({@link #payloads}).
 */
public record LiveSignal(Topic topic, UUID subject) {

    /** What changed. */
    public enum Topic {
        /** An account's notifications: new ones arrived, or some were read. */
        INBOX,
        /** An event's registrations or check-ins. */
        ATTENDANCE,
        /** Who is free now at an event (decision 52). */
        FREE_NOW
    }

    /** PostgreSQL refuses payloads of 8,000 bytes or more; each signal takes 39. */
    static final int SIGNALS_PER_PAYLOAD = 150;

    public LiveSignal {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
    }

    public static LiveSignal inbox(AccountId account) {
        return new LiveSignal(Topic.INBOX, account.value());
    }

    public static LiveSignal attendance(EventId event) {
        return new LiveSignal(Topic.ATTENDANCE, event.value());
    }

    public static LiveSignal freeNow(EventId event) {
        return new LiveSignal(Topic.FREE_NOW, event.value());
    }

    /** The signals written as few payloads as fit: {@code I:<uuid> A:<uuid> F:<uuid> ...}. */
    static List<String> payloads(Collection<LiveSignal> signals) {
        List<String> payloads = new ArrayList<>();
        var payload = new StringBuilder();
        int inPayload = 0;
        for (var signal : signals) {
            if (inPayload == SIGNALS_PER_PAYLOAD) {
                payloads.add(payload.toString());
                payload.setLength(0);
                inPayload = 0;
            }
            if (inPayload > 0) {
                payload.append(' ');
            }
            payload.append(signal.topic().name().charAt(0)).append(':').append(signal.subject());
            inPayload++;
        }
        if (inPayload > 0) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    /** The signals of a payload; parts that are not signals are left out. */
    static List<LiveSignal> parse(String payload) {
        List<LiveSignal> signals = new ArrayList<>();
        for (String part : payload.split(" ")) {
            parsePart(part).ifPresent(signals::add);
        }
        return signals;
    }

    private static Optional<LiveSignal> parsePart(String part) {
        if (part.length() < 3 || part.charAt(1) != ':') {
            return Optional.empty();
        }
        Topic topic = switch (part.charAt(0)) {
            case 'I' -> Topic.INBOX;
            case 'A' -> Topic.ATTENDANCE;
            case 'F' -> Topic.FREE_NOW;
            default -> null;
        };
        if (topic == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LiveSignal(topic, UUID.fromString(part.substring(2))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
