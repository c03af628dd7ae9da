package org.mingle.domain.endorsements;

import java.util.Objects;

/**
 * How one topic of a person is endorsed: "Endorsed for battery storage by 4 people met at 3 events". Counts only
 * approved endorsements.
 *
 * @param topic  the topic as the most recent of those endorsements wrote it
 * @param people how many different people endorsed it
 * @param events at how many different events they had met (one person may endorse it again at another event)
 */
public record TopicEndorsement(String topic, int people, int events) {

    public TopicEndorsement {
        Objects.requireNonNull(topic, "topic");
        if (people < 1 || events < 1) {
            throw new IllegalArgumentException("a topic is endorsed by someone, met somewhere");
        }
    }
}
