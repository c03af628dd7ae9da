package org.mingle.domain.demo;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.agenda.TalkInput;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;

/**
 * The first demo event's agenda: four short talks before the speed networking, by the organizer, by demo people with
 * accounts (their faces and names show, and the talks join their record) and by guests without one.
 */
@Singleton
class DemoAgenda {

    /** The talks of the evening: minutes after the doors open, length, title, abstract, speakers, guests. */
    private record DemoTalk(int fromMinute, int minutes, String title, String abstractText, List<Integer> attendees,
                            boolean byOrganizer, List<String> guests) {
    }

    private static final String ROOM = "Main hall";

    private static final List<DemoTalk> TALKS = List.of(
            new DemoTalk(15, 10, "Welcome: why climate founders should talk more",
                    "What tonight is for, how the rounds work, and where to find the people you came for.",
                    List.of(), true, List.of()),
            new DemoTalk(25, 20, "Second-life batteries for the grid",
                    "What five years of running retired EV packs as grid storage taught Gridwell about "
                            + "degradation, warranties and the business case.",
                    List.of(1), false, List.of()),
            new DemoTalk(45, 20, "What seed investors ask climate hardware founders",
                    "The questions that come up in every first meeting, and the answers that move a deal forward.",
                    List.of(), false, List.of("Dr. Lena Vogt")),
            new DemoTalk(65, 20, "Panel: heat pumps at scale",
                    "Firmware, installers and supply chains: what stands between today's heat pump and a million "
                            + "of them a year.",
                    List.of(3), false, List.of("Jonas Weber")));

    private final AgendaService agenda;
    private final EventService events;

    DemoAgenda(AgendaService agenda, EventService events) {
        this.agenda = agenda;
        this.events = events;
    }

    /** Puts the talks on the event's agenda; {@code attendees} are the demo people in {@link DemoPeople} order. */
    void seed(AccountId organizer, EventId event, List<AccountId> attendees) {
        var doors = events.get(Optional.of(organizer), event).details().startsAt();
        for (var talk : TALKS) {
            var start = doors.plus(Duration.ofMinutes(talk.fromMinute()));
            var speakers = new ArrayList<String>();
            if (talk.byOrganizer()) {
                speakers.add(organizer.toString());
            }
            talk.attendees().forEach(i -> speakers.add(attendees.get(i).toString()));
            agenda.create(organizer, event, new TalkInput(talk.title(), talk.abstractText(), start,
                    start.plus(Duration.ofMinutes(talk.minutes())), ROOM, speakers, talk.guests()));
        }
    }
}
