package org.mingle.domain.agenda;

import org.mingle.domain.shared.AccountId;

/** Someone organizers may pick as a speaker in the agenda form: the event's team and confirmed attendees. */
public record SpeakerChoice(AccountId account, String name) {
}
