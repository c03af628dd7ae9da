package org.mingle.domain.publicprofiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;

/**
 * That a public page changed, told to the other instances so they forget it (decision 59): the page of a handle, or
 * whichever page shows an account's profile. Many go in one PostgreSQL notification ({@link #payloads}).
 */
record PageChange(Kind kind, String subject) {

    enum Kind {
        HANDLE, ACCOUNT
    }

    /** PostgreSQL refuses payloads of 8,000 bytes or more; each change takes at most 39. */
    static final int CHANGES_PER_PAYLOAD = 150;

    PageChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (subject.isEmpty() || subject.contains(" ")) {
            throw new IllegalArgumentException("not a handle or an account: " + subject);
        }
    }

    static PageChange handle(String handle) {
        return new PageChange(Kind.HANDLE, handle);
    }

    static PageChange account(AccountId account) {
        return new PageChange(Kind.ACCOUNT, account.value().toString());
    }

    /** The changes written as few payloads as fit: {@code h:<handle> a:<account> ...}. */
    static List<String> payloads(Collection<PageChange> changes) {
        List<String> payloads = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (var change : changes) {
            parts.add((change.kind() == Kind.HANDLE ? "h:" : "a:") + change.subject());
            if (parts.size() == CHANGES_PER_PAYLOAD) {
                payloads.add(String.join(" ", parts));
                parts.clear();
            }
        }
        if (!parts.isEmpty()) {
            payloads.add(String.join(" ", parts));
        }
        return payloads;
    }

    /** The changes of a payload; parts that are not changes are left out. */
    static List<PageChange> parse(String payload) {
        List<PageChange> changes = new ArrayList<>();
        for (String part : payload.split(" ")) {
            parsePart(part).ifPresent(changes::add);
        }
        return changes;
    }

    private static Optional<PageChange> parsePart(String part) {
        if (part.length() < 3 || part.charAt(1) != ':') {
            return Optional.empty();
        }
        String subject = part.substring(2);
        return switch (part.charAt(0)) {
            case 'h' -> Optional.of(handle(subject));
            case 'a' -> account(subject);
            default -> Optional.empty();
        };
    }

    private static Optional<PageChange> account(String subject) {
        try {
            return Optional.of(new PageChange(Kind.ACCOUNT, UUID.fromString(subject).toString()));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
