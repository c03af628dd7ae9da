package org.mingle.domain.agenda;

import java.time.Instant;
import java.time.ZoneId;
import org.mingle.domain.events.EventId;

/** A talk on a person's public record: what, where and when. */
public record SpokenTalk(TalkId talkId, String title, EventId eventId, String eventTitle, Instant startsAt,
                         Instant endsAt, ZoneId timeZone) {
}
