package org.mingle.domain.endorsements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/** What an endorsement must hold, and how approved ones add up per topic: plain rules, checked before storing. */
public final class EndorsementRules {

    public static final int TOPICS_MAX = 3;
    /** A short line or two: what the endorser saw, not a reference letter. */
    public static final int NOTE_MAX = 280;

    private EndorsementRules() {
    }

    /** The topics as the endorsed person writes them, and the note stripped. */
    public record Checked(List<String> topics, String note) {
    }

    /**
     * Checks the chosen topics against the interests of the endorsed person that the endorser can see, and the note.
     * Topics match their interests as interests compare (case and accents ignored) and are kept as the endorsed
     * person writes them.
     *
     * @param visible the endorsed person's interests as the endorser sees them; {@code null} when hidden from them
     * @throws InvalidInputException naming {@code topics} (none, more than three, repeated, not among the visible
     *                               interests) and {@code note} (too long, control characters)
     */
    public static Checked validate(List<String> topics, String note, List<Interest> visible) {
        var errors = new ArrayList<FieldError>();
        List<String> chosen = new ArrayList<>();
        Map<String, String> offered = new LinkedHashMap<>();
        if (visible != null) {
            visible.forEach(interest -> offered.putIfAbsent(interest.key(), interest.display()));
        }
        if (topics == null || topics.isEmpty()) {
            errors.add(new FieldError("topics", "choose at least one of their interests"));
        } else if (topics.size() > TOPICS_MAX) {
            errors.add(new FieldError("topics", "choose at most " + TOPICS_MAX + " of their interests"));
        } else {
            Set<String> keys = new LinkedHashSet<>();
            boolean unknown = false;
            for (String topic : topics) {
                String key = topic == null ? "" : Interest.comparisonKey(topic);
                if (!offered.containsKey(key)) {
                    unknown = true;
                } else if (keys.add(key)) {
                    chosen.add(offered.get(key));
                }
            }
            if (unknown) {
                errors.add(new FieldError("topics", offered.isEmpty()
                        ? "they show you no interests to endorse"
                        : "must be among their interests: " + String.join(", ", offered.values())));
            } else if (chosen.size() < topics.size()) {
                errors.add(new FieldError("topics", "must not repeat a topic"));
            }
        }
        String stripped = note == null ? "" : note.strip();
        TextRules.check("note", stripped, NOTE_MAX, Lines.MULTIPLE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(List.copyOf(chosen), stripped);
    }

    /**
     * Approved endorsements counted per topic: how many different people endorsed it, met at how many different
     * events. Topics compare as interests do; the most endorsed first, then by topic. Endorsements that are not
     * approved do not count.
     */
    public static List<TopicEndorsement> perTopic(Collection<Endorsement> endorsements) {
        record Tally(String topic, Set<AccountId> people, Set<EventId> events) {
        }
        Map<String, Tally> byKey = new LinkedHashMap<>();
        endorsements.stream()
                .filter(endorsement -> endorsement.status() == EndorsementStatus.APPROVED)
                .sorted(Comparator.comparing(Endorsement::createdAt).reversed())
                .forEach(endorsement -> endorsement.topics().forEach(topic -> {
                    var tally = byKey.computeIfAbsent(Interest.comparisonKey(topic),
                            key -> new Tally(topic, new HashSet<>(), new HashSet<>()));
                    tally.people().add(endorsement.endorser());
                    tally.events().add(endorsement.eventId());
                }));
        return byKey.values().stream()
                .map(tally -> new TopicEndorsement(tally.topic(), tally.people().size(), tally.events().size()))
                .sorted(Comparator.comparingInt(TopicEndorsement::people).reversed()
                        .thenComparing(Comparator.comparingInt(TopicEndorsement::events).reversed())
                        .thenComparing(TopicEndorsement::topic, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
