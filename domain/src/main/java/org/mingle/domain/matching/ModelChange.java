package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.events.EventId;

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
}
