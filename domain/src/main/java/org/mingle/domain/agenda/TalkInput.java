package org.mingle.domain.agenda;

import java.time.Instant;
import java.util.List;

/**
 * What organizers send to put a talk on the agenda or to change it, as sent: {@link AgendaRules} checks every field at
 * once. Account ids stay text here so that one that is no id is refused naming its field, beside the others.
 *
 * @param speakerIds    the speakers who have a Mingle account, by account id
 * @param guestSpeakers the names of speakers without an account
 */
public record TalkInput(String title, String abstractText, Instant startsAt, Instant endsAt, String room,
                        List<String> speakerIds, List<String> guestSpeakers) {
}
