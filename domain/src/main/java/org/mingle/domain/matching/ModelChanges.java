package org.mingle.domain.matching;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mingle.domain.events.EventId;
import org.mingle.domain.infrastructure.CommitWork;
import org.mingle.domain.infrastructure.CommitWorks;
import org.mingle.domain.meetings.MeetingMatched;
import org.mingle.domain.meetings.PairBlocked;
import org.mingle.domain.meetings.PairUnblocked;
import org.mingle.domain.profiles.ProfileChanged;
import org.mingle.domain.registration.AttendeeJoined;
import org.mingle.domain.registration.AttendeeLeft;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears, inside the changing transaction, what the owning features publish (profiles, registrations, blocks, matches,
 * connections, attendee categories), and makes it reach every event model it concerns (decision 22):
 * <ol>
 * <li>at once, it locks the person's matching data (so the changes to one person commit one after the other) and
 * reads what this instance's models will need: the person's profile and blocks as this transaction leaves them;
 * <li>just before commit, it raises the versions of the events concerned and sends one notification per event; both
 * take effect on commit only, and vanish on rollback;
 * <li>after commit, it applies what it read to this instance's models before the changing call returns, so whoever
 * made the change sees it at once; other instances read it again when the notification arrives.
 * </ol>
 */
@Singleton
class ModelChanges {

    private static final Logger LOG = LoggerFactory.getLogger(ModelChanges.class);

    private final CommitWorks commitWorks;
    private final RegistrationService registrations;
    private final ModelVersions versions;
    private final ModelLoader loader;
    private final MatchingModels models;
    private final ConnectionNotices notices;
    /** Owns the transaction's connections, apart from its versioned changes. */
    private final Object connectionsKey = new Object();

    ModelChanges(CommitWorks commitWorks, RegistrationService registrations, ModelVersions versions,
                 ModelLoader loader, MatchingModels models, ConnectionNotices notices) {
        this.commitWorks = commitWorks;
        this.notices = notices;
        this.registrations = registrations;
        this.versions = versions;
        this.loader = loader;
        this.models = models;
    }

    @EventListener
    void profileChanged(ProfileChanged changed) {
        versions.lock(List.of(changed.account()));
        record(confirmedEventsOf(changed.account()), new ModelChange.Account(changed.account()));
    }

    @EventListener
    void attendeeJoined(AttendeeJoined joined) {
        versions.lock(List.of(joined.account()));
        record(List.of(joined.event()), new ModelChange.Account(joined.account()));
    }

    @EventListener
    void attendeeLeft(AttendeeLeft left) {
        versions.lock(List.of(left.account()));
        record(List.of(left.event()), new ModelChange.Account(left.account()));
    }

    @EventListener
    void pairBlocked(PairBlocked blocked) {
        versions.lock(List.of(blocked.blocker(), blocked.blocked()));
        record(commonEvents(blocked.blocker(), blocked.blocked()),
                new ModelChange.Excluded(Exclusions.Pair.of(blocked.blocker(), blocked.blocked())));
    }

    @EventListener
    void pairUnblocked(PairUnblocked unblocked) {
        versions.lock(List.of(unblocked.blocker(), unblocked.blocked()));
        record(commonEvents(unblocked.blocker(), unblocked.blocked()), new ModelChange.Reload());
    }

    /** A person's category keeps them apart from other people, or no longer: read the person again. */
    @EventListener
    void categoryAssigned(AttendeeCategories.Assigned assigned) {
        versions.lock(List.of(assigned.account()));
        record(List.of(assigned.event()), new ModelChange.Account(assigned.account()));
    }

    /** The categories or their rules changed: they concern everyone at the event, so read it again (decision 54). */
    @EventListener
    void categoryRulesChanged(AttendeeCategories.RulesChanged changed) {
        record(List.of(changed.event()), new ModelChange.Reload());
    }

    @EventListener
    void meetingMatched(MeetingMatched matched) {
        record(List.of(matched.event()), new ModelChange.Excluded(Exclusions.Pair.of(matched.from(), matched.to())));
    }

    /**
     * Connections need no version (decision 27): raising the event's version and notifying inside the transaction made
     * a burst of connections at one event commit one at a time. This instance applies them after commit; the others
     * hear of them from {@link ConnectionNotices}.
     */
    @EventListener
    void connectionRecorded(ConnectedPairs.Recorded recorded) {
        commitWorks.inTransaction(() -> commitWorks.current(connectionsKey, Connections::new)
                .add(recorded.event(), recorded.pair()));
    }

    private Set<EventId> confirmedEventsOf(AccountId account) {
        Set<EventId> events = new HashSet<>();
        for (Registration registration : registrations.mine(account)) {
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                events.add(registration.eventId());
            }
        }
        return events;
    }

    private Set<EventId> commonEvents(AccountId a, AccountId b) {
        Set<EventId> common = confirmedEventsOf(a);
        common.retainAll(confirmedEventsOf(b));
        return common;
    }

    private void record(Collection<EventId> events, ModelChange change) {
        if (events.isEmpty()) {
            return;
        }
        // Published outside a transaction, the change has committed on its own: tell the models in one of ours.
        commitWorks.inTransaction(() -> {
            Pending changes = commitWorks.current(this, Pending::new);
            for (EventId event : events) {
                changes.add(event, change);
                if (change instanceof ModelChange.Account account && models.cached(event) != null) {
                    changes.read(loader.members(event, List.of(account.account())));
                }
            }
        });
    }

    /** One transaction's new connections, by event: in this instance's models and sent to the others after commit. */
    private final class Connections implements CommitWork {

        private final Map<EventId, List<Exclusions.Pair>> byEvent = new HashMap<>();

        void add(EventId event, Exclusions.Pair pair) {
            byEvent.computeIfAbsent(event, key -> new ArrayList<>()).add(pair);
        }

        @Override
        public void beforeCommit() {
            // nothing to write: connections are counted by the connections feature, and need no version
        }

        @Override
        public void afterCommit() {
            byEvent.forEach((event, pairs) -> {
                var connected = new ModelChange.Connected(event, pairs);
                try {
                    notices.send(connected);
                    models.connected(connected);
                } catch (RuntimeException e) {
                    // Committed already: the caller's connection stands; the count checks catch the models up.
                    LOG.error("Could not pass on committed connections of event {}", event.value(), e);
                }
            });
        }
    }

    /** One transaction's changes, by event, from the first published to the end of the transaction. */
    private final class Pending implements CommitWork {

        private final Map<EventId, Set<ModelChange>> byEvent = new TreeMap<>(
                java.util.Comparator.comparing(EventId::value));
        private final List<ModelChange.Message> messages = new ArrayList<>();
        private final Map<EventId, List<ModelDelta.Members>> read = new HashMap<>();

        void add(EventId event, ModelChange change) {
            byEvent.computeIfAbsent(event, key -> new LinkedHashSet<>()).add(change);
        }

        /** What a model of this instance needs for an account change, read in this transaction. */
        void read(ModelDelta.Members members) {
            EventId event = members.event();
            read.computeIfAbsent(event, key -> new ArrayList<>()).add(members);
        }

        @Override
        public void beforeCommit() {
            Map<EventId, Long> raised = versions.raise(byEvent.keySet());
            byEvent.forEach((event, changes) ->
                    messages.add(new ModelChange.Message(event, raised.get(event), new ArrayList<>(changes))));
            versions.notify(messages);
        }

        @Override
        public void afterCommit() {
            for (ModelChange.Message message : messages) {
                try {
                    models.committed(message, read(message));
                } catch (RuntimeException e) {
                    // Committed already: the caller's change stands; this model catches up at its version check.
                    LOG.error("Could not apply committed matching change {}", message.payload(), e);
                }
            }
        }

        /**
         * What was read for the message, as of its version: this transaction held the people's locks from the reading
         * to the commit, so nothing else changed them in between. Null when a model needed reading it was not there yet.
         */
        private List<ModelDelta> read(ModelChange.Message message) {
            List<ModelDelta.Members> found = read.getOrDefault(message.event(), List.of());
            Set<AccountId> covered = new HashSet<>();
            found.forEach(members -> covered.addAll(members.accounts()));
            boolean complete = message.changes().stream().filter(ModelChange.Account.class::isInstance)
                    .allMatch(change -> covered.contains(((ModelChange.Account) change).account()));
            return !complete ? null : found.stream().<ModelDelta>map(members -> new ModelDelta.Members(
                    message.version(), members.event(), members.accounts(), members.attendees(), members.blocks(),
                    members.metBefore()))
                    .toList();
        }
    }
}
