package org.mingle.web.meetings;

import static org.mingle.web.shell.Translations.plural;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mingle.domain.events.Event;
import org.mingle.domain.meetings.MeetingAgenda;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The agenda of the meeting schedule, slot by slot with each pair's table, ready to print for the room; the matches
 * still waiting for a time; and, for an organizer while the event is open, placing those that now fit.
 */
class AgendaSection extends Section {

    private final MeetingScheduleService schedule;
    private final CurrentUser currentUser;
    private final Runnable onChange;

    private final Button placeWaiting = new Button(getTranslation("meetings.agenda.place-waiting"),
            VaadinIcon.CALENDAR_CLOCK.create());
    private final Button print = new Button(getTranslation("meetings.agenda.print"), VaadinIcon.PRINT.create());
    private final Span summary = new Span();
    private final Div agenda = new Div();
    private final Paragraph noMeetings = new Paragraph(getTranslation("meetings.agenda.empty"));
    private final UnorderedList waiting = new UnorderedList();
    private final Paragraph noneWaiting = new Paragraph(getTranslation("meetings.agenda.none-waiting"));

    private Event event;

    /** @param onChange after placing the waiting meetings: the page as things stand now */
    AgendaSection(MeetingScheduleService schedule, CurrentUser currentUser, Runnable onChange) {
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.onChange = onChange;

        var heading = new H3(getTranslation("meetings.agenda.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        placeWaiting.setId("place-waiting");
        placeWaiting.addClassName("no-print");
        placeWaiting.setDisableOnClick(true);
        placeWaiting.addClickListener(click -> placeWaiting());
        print.setId("print-agenda");
        print.addClassName("no-print");
        print.addClickListener(click -> UI.getCurrent().getPage().executeJs("window.print()"));
        var buttons = new Div(placeWaiting, print);
        buttons.addClassName("registration-actions");
        var header = new Div(heading, buttons);
        header.addClassName("rounds-header");

        summary.setId("agenda-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        agenda.setId("agenda-slots");
        agenda.addClassName("rounds-schedule");
        noMeetings.setId("agenda-empty");
        noMeetings.addClassNames(LumoUtility.TextColor.SECONDARY);

        var waitingHeading = new H3(getTranslation("meetings.agenda.waiting-title"));
        waitingHeading.addClassNames(LumoUtility.Margin.Bottom.XSMALL, LumoUtility.FontSize.MEDIUM);
        var waitingHint = new Paragraph(getTranslation("meetings.agenda.waiting-hint"));
        waitingHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.NONE);
        waiting.setId("agenda-waiting");
        waiting.addClassName("agenda-waiting");
        noneWaiting.setId("agenda-none-waiting");
        noneWaiting.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var waitingBlock = new Div(waitingHeading, waitingHint, waiting, noneWaiting);
        waitingBlock.setId("agenda-waiting-block");
        waitingBlock.addClassName("agenda-waiting-block");

        add(header, summary, noMeetings, agenda, waitingBlock);
        setId("agenda");
        setWidthFull();
    }

    /** @param editable whether the viewer may place the waiting meetings now */
    void show(Event shown, boolean editable) {
        event = shown;
        placeWaiting.setVisible(editable);
    }

    /** The agenda as it is now. */
    void list(MeetingAgenda now) {
        agenda.removeAll();
        Map<Slot, List<MeetingAgenda.Booked>> bySlot = new TreeMap<>();
        for (MeetingAgenda.Booked booked : now.booked()) {
            bySlot.computeIfAbsent(booked.slot(), slot -> new ArrayList<>()).add(booked);
        }
        int n = 0;
        for (var entry : bySlot.entrySet()) {
            agenda.add(slotSection(++n, entry.getKey(), entry.getValue()));
        }
        noMeetings.setVisible(bySlot.isEmpty());
        print.setVisible(!bySlot.isEmpty());

        waiting.removeAll();
        for (MeetingAgenda.Waiting match : now.waiting()) {
            var item = new ListItem(pair(match.firstName(), match.secondName()));
            item.setId("waiting-" + match.meeting());
            item.getElement().setAttribute("data-meeting", match.meeting().toString());
            waiting.add(item);
        }
        waiting.setVisible(!now.waiting().isEmpty());
        noneWaiting.setVisible(now.waiting().isEmpty());
        summary.setText(getTranslation("meetings.agenda.summary", plural("meetings.count.meetings",
                now.booked().size()), now.waiting().size()));
    }

    private void placeWaiting() {
        try {
            MeetingAgenda.Placed placed = schedule.placeWaiting(currentUser.require(), event.id());
            ScheduleParts.notify(getTranslation("meetings.agenda.placed",
                    plural("meetings.count.meetings", placed.placed()), placed.waiting()));
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            placeWaiting.setEnabled(true);
        }
        onChange.run();
    }

    private Section slotSection(int n, Slot slot, List<MeetingAgenda.Booked> meetings) {
        String id = "agenda-slot-" + n;
        var heading = new H3(MeetingTimes.day(slot, event.details().timeZone()));
        heading.setId(id + "-heading");
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var list = new UnorderedList();
        list.setId(id + "-meetings");
        list.addClassName("round-tables");
        meetings.stream()
                .sorted(Comparator.comparing((MeetingAgenda.Booked b) -> b.table() == null ? "" : b.table().name(),
                        String.CASE_INSENSITIVE_ORDER))
                .forEach(booked -> {
                    var item = new ListItem();
                    item.setId("agenda-meeting-" + booked.meeting());
                    item.addClassName("agenda-meeting");
                    if (booked.table() != null) {
                        var table = new Span(MeetingTimes.table(booked.table()) + " · ");
                        table.addClassName("round-table-number");
                        item.add(table);
                        item.getElement().setAttribute("data-table", booked.table().name());
                    }
                    item.add(new Span(pair(booked.firstName(), booked.secondName())));
                    item.getElement().setAttribute("data-meeting", booked.meeting().toString());
                    list.add(item);
                });
        var section = new Section(heading, list);
        section.setId(id);
        section.addClassNames("round", "agenda-slot");
        section.getElement().setAttribute("data-starts-at", slot.startsAt().toString());
        return section;
    }

    private String pair(String first, String second) {
        return (first == null ? getTranslation("meetings.agenda.someone") : first) + " & "
                + (second == null ? getTranslation("meetings.agenda.someone-else") : second);
    }
}
