package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** What changed in the data an event's model is built from; a notification carries the changes of one version. */
sealed interface ModelChange {

    /** The account's registration or profile changed: read the account again. */
    record Account(AccountId account) implements ModelChange {
    }

    /** The two are kept apart from now on. */
    record Excluded(Exclusions.Pair pair) implements ModelChange {
    }

    /** Read everything again (something was taken away, such as a block). */
    record Reload() implements ModelChange {
    }

    /** The changes that one transaction made to one event, and the version they brought the event to. */
    record Message(EventId event, long version, List<ModelChange> changes) {

        /** Longest payload PostgreSQL's NOTIFY accepts (8000 bytes) with room to spare. */
        static final int MAX_PAYLOAD = 7900;

        public Message {
            changes = List.copyOf(changes);
        }

        /** As a notification payload: {@code event version change...}; too many changes become one reload. */
        String payload() {
            StringBuilder text = new StringBuilder(event.value() + " " + version);
            for (ModelChange change : changes) {
                text.append(' ').append(token(change));
            }
            return text.length() <= MAX_PAYLOAD ? text.toString() : event.value() + " " + version + " r";
        }

        private static String token(ModelChange change) {
            if (change instanceof Account account) {
                return "a:" + account.account().value();
            }
            if (change instanceof Excluded excluded) {
                return "x:" + excluded.pair().first().value() + ":" + excluded.pair().second().value();
            }
            return "r";
        }

        /** The message a payload carries; empty when it is not one (a change that cannot be read means: reload). */
        static Optional<Message> parse(String payload) {
            String[] parts = payload == null ? new String[0] : payload.split(" ");
            if (parts.length < 2) {
                return Optional.empty();
            }
            try {
                EventId event = new EventId(UUID.fromString(parts[0]));
                long version = Long.parseLong(parts[1]);
                List<ModelChange> changes = new ArrayList<>();
                for (int i = 2; i < parts.length; i++) {
                    changes.add(change(parts[i]));
                }
                return Optional.of(new Message(event, version, changes));
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        }

        private static ModelChange change(String token) {
            String[] fields = token.split(":");
            try {
                if (fields[0].equals("a") && fields.length == 2) {
                    return new Account(new AccountId(UUID.fromString(fields[1])));
                }
                if (fields[0].equals("x") && fields.length == 3) {
                    return new Excluded(Exclusions.Pair.of(new AccountId(UUID.fromString(fields[1])),
                            new AccountId(UUID.fromString(fields[2]))));
                }
            } catch (IllegalArgumentException unreadable) {
                return new Reload();
            }
            return new Reload();
        }
    }

    /**
     * Pairs that connected at the event, sent after their transactions committed, several at a time. They carry no
     * version: a connection is never taken back, so the order they arrive in does not matter, and a model that missed
     * one learns it when its count of connections falls behind the database's (decision 27).
     */
    record Connected(EventId event, List<Exclusions.Pair> pairs) {

        private static final String MARK = "c";

        public Connected {
            pairs = List.copyOf(pairs);
        }

        /** As notification payloads ({@code event c first:second...}), as many as the length limit needs. */
        List<String> payloads() {
            List<String> payloads = new ArrayList<>();
            String head = event.value() + " " + MARK;
            StringBuilder text = new StringBuilder(head);
            for (Exclusions.Pair pair : pairs) {
                String token = " " + pair.first().value() + ":" + pair.second().value();
                if (text.length() + token.length() > Message.MAX_PAYLOAD) {
                    payloads.add(text.toString());
                    text = new StringBuilder(head);
                }
                text.append(token);
            }
            if (text.length() > head.length()) {
                payloads.add(text.toString());
            }
            return payloads;
        }

        /** The pairs a payload carries; empty when it is not such a payload. */
        static Optional<Connected> parse(String payload) {
            String[] parts = payload == null ? new String[0] : payload.split(" ");
            if (parts.length < 3 || !parts[1].equals(MARK)) {
                return Optional.empty();
            }
            try {
                List<Exclusions.Pair> pairs = new ArrayList<>();
                for (int i = 2; i < parts.length; i++) {
                    String[] ids = parts[i].split(":");
                    if (ids.length != 2) {
                        return Optional.empty();
                    }
                    pairs.add(Exclusions.Pair.of(new AccountId(UUID.fromString(ids[0])),
                            new AccountId(UUID.fromString(ids[1]))));
                }
                return Optional.of(new Connected(new EventId(UUID.fromString(parts[0])), pairs));
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        }
    }
}
