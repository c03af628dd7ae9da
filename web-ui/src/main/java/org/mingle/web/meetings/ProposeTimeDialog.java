package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Proposes another time for a meeting: the slots still to come where both people are free and a table has room, or a
 * word that there are none. The other person accepts or declines; until then the meeting keeps its time. A slot taken
 * meanwhile shows its message at the choice; any other refusal closes the dialog and says why.
 */
public class ProposeTimeDialog extends Dialog {

    public static final String ID = "propose-time-dialog";

    private final MeetingScheduleService schedule;
    private final CurrentUser currentUser;

    private final Paragraph intro = new Paragraph();
    private final Select<Slot> slot = new Select<>();
    private final Paragraph noSlots = new Paragraph(getTranslation("meetings.propose.no-slots"));
    private final Button propose = new Button(getTranslation("meetings.propose.propose"));
    private final FieldErrors fieldErrors = new FieldErrors();

    private EventId event;
    private ScheduledMeeting meeting;
    private ZoneId zone;
    private Runnable afterwards = () -> { };

    public ProposeTimeDialog(MeetingScheduleService schedule, CurrentUser currentUser) {
        this.schedule = schedule;
        this.currentUser = currentUser;
        setId(ID);
        setWidth("28rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");

        intro.setId("propose-time-intro");
        intro.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);
        slot.setId("propose-slot");
        slot.setLabel(getTranslation("meetings.propose.new-time"));
        slot.setWidthFull();
        slot.setEmptySelectionAllowed(false);
        noSlots.setId("propose-no-slots");
        noSlots.addClassName("friendly-notice");
        fieldErrors.add("startsAt", slot, "This time");
        add(intro, slot, noSlots);

        var cancel = new Button(getTranslation("meetings.propose.cancel"), click -> close());
        cancel.setId("cancel-proposal");
        propose.setId("send-proposal");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setDisableOnClick(true);
        propose.addClickListener(click -> propose());
        getFooter().add(cancel, propose);
    }

    /**
     * Opens the dialog for one meeting, with the free slots as they are now.
     *
     * @param afterwards runs once the proposal is made or refused, to show the new state
     */
    public void open(EventId event, ScheduledMeeting meeting, ZoneId zone, Runnable afterwards) {
        this.event = event;
        this.meeting = meeting;
        this.zone = zone;
        this.afterwards = afterwards;
        String name = meeting.match().other().displayName();
        setHeaderTitle(getTranslation("meetings.propose.title", name));
        intro.setText(meeting.slot() == null ? "" : getTranslation("meetings.propose.intro",
                MeetingTimes.place(meeting.slot(), meeting.table(), zone), name));
        fieldErrors.clear();
        List<Slot> free;
        try {
            free = schedule.freeSlots(currentUser.require(), event, meeting.id());
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
            afterwards.run();
            return;
        }
        slot.setItemLabelGenerator(choice -> MeetingTimes.day(choice, zone));
        slot.setItems(free);
        slot.setValue(free.isEmpty() ? null : free.get(0));
        slot.setVisible(!free.isEmpty());
        noSlots.setVisible(free.isEmpty());
        propose.setVisible(!free.isEmpty());
        propose.setEnabled(true);
        open();
    }

    private void propose() {
        try {
            fieldErrors.clear();
            Slot chosen = slot.getValue();
            schedule.propose(currentUser.require(), event, meeting.id(), chosen == null ? null : chosen.startsAt());
            close();
            var done = Notification.show(getTranslation("meetings.propose.sent", MeetingTimes.day(chosen, zone),
                    meeting.match().other().displayName()), 5000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterwards.run();
        } catch (InvalidInputException invalid) {
            List<String> unplaced = fieldErrors.show(invalid.errors());
            unplaced.forEach(UiErrorHandler::show);
        } catch (DomainException refused) {
            close();
            UiErrorHandler.show(DomainMessages.of(refused));
            afterwards.run();
        } finally {
            propose.setEnabled(true);
        }
    }
}
