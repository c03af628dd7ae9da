package org.mingle.web.curated;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.curated.CuratedDraft;
import org.mingle.domain.curated.CuratedMeeting;
import org.mingle.domain.meetings.Slot;
import org.mingle.web.shell.Formats;

/**
 * The latest generated schedule as organizers review it: its totals, its meetings slot by slot with the reason for
 * each, who stays below the minimum and why, and Publish, or what publishing did.
 */
class DraftSection extends Section {

    private final Paragraph none = new Paragraph(getTranslation("curated.draft.none"));
    private final Paragraph totals = new Paragraph();
    private final Paragraph publication = new Paragraph();
    private final Button publish = new Button(getTranslation("curated.draft.publish"), VaadinIcon.CHECK.create());
    private final Div slots = new Div();
    private final H3 shortfallHeading = new H3(getTranslation("curated.draft.shortfalls"));
    private final UnorderedList shortfalls = new UnorderedList();

    DraftSection(Runnable onPublish) {
        setId("curated-draft");
        addClassName("curated-draft");
        var heading = new H2(getTranslation("curated.draft.title"));
        none.setId("curated-draft-none");
        none.addClassNames(LumoUtility.TextColor.SECONDARY);
        totals.setId("curated-totals");
        publication.setId("curated-publication");
        publication.addClassName("friendly-notice");
        publish.setId("curated-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> {
            onPublish.run();
            publish.setEnabled(true);
        });
        slots.setId("curated-slots");
        shortfallHeading.setId("curated-shortfalls-heading");
        shortfalls.setId("curated-shortfalls");
        add(heading, none, totals, publication, publish, slots, shortfallHeading, shortfalls);
    }

    /** The draft as it is now, or that there is none; Publish only for organizers while the event is open. */
    void show(Optional<CuratedDraft> shown, ZoneId zone, boolean mayPublish) {
        slots.removeAll();
        shortfalls.removeAll();
        none.setVisible(shown.isEmpty());
        totals.setVisible(shown.isPresent());
        if (shown.isEmpty()) {
            publication.setVisible(false);
            publish.setVisible(false);
            shortfallHeading.setVisible(false);
            shortfalls.setVisible(false);
            return;
        }
        CuratedDraft draft = shown.get();
        totals.setText(getTranslation("curated.draft.totals", draft.meetings().size(), draft.participants(),
                draft.askedFor(), draft.totals().wishes(), draft.totals().missing()));
        publication.setVisible(draft.published());
        if (draft.published()) {
            publication.setText(getTranslation("curated.draft.published", draft.publication().booked(),
                    draft.publication().skipped()));
        }
        publish.setVisible(mayPublish && !draft.published() && !draft.meetings().isEmpty());
        showSlots(draft, zone);
        int n = 0;
        for (CuratedDraft.Short shortfall : draft.shortfalls()) {
            var item = new ListItem(getTranslation("curated.draft.shortfall", shortfall.name(),
                    shortfall.shortfall().meetings(), shortfall.shortfall().minimum(),
                    getTranslation("curated.cause." + shortfall.shortfall().cause().name())));
            item.setId("curated-shortfall-" + ++n);
            shortfalls.add(item);
        }
        shortfallHeading.setVisible(n > 0);
        shortfalls.setVisible(n > 0);
    }

    private void showSlots(CuratedDraft draft, ZoneId zone) {
        Map<Slot, List<CuratedDraft.Meeting>> bySlot = new LinkedHashMap<>();
        draft.meetings().forEach(meeting -> bySlot.computeIfAbsent(meeting.meeting().placement().slot(),
                slot -> new java.util.ArrayList<>()).add(meeting));
        DateTimeFormatter time = Formats.time();
        int slotNumber = 0;
        int meetingNumber = 0;
        for (var entry : bySlot.entrySet()) {
            Slot slot = entry.getKey();
            var heading = new H3(time.format(slot.startsAt().atZone(zone)) + "\u2013"
                    + time.format(slot.endsAt().atZone(zone)));
            heading.setId("curated-slot-" + ++slotNumber);
            var list = new UnorderedList();
            list.addClassName("curated-meetings");
            for (CuratedDraft.Meeting meeting : entry.getValue()) {
                var item = new ListItem();
                item.setId("curated-meeting-" + ++meetingNumber);
                var who = new Span(getTranslation("curated.draft.pair", meeting.firstName(), meeting.secondName(),
                        meeting.table().name()));
                var why = new Span(" \u00b7 " + reason(meeting));
                why.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                item.add(who, why);
                list.add(item);
            }
            slots.add(heading, list);
        }
    }

    private String reason(CuratedDraft.Meeting meeting) {
        CuratedMeeting m = meeting.meeting();
        return switch (m.reason()) {
            case BOTH_ASKED -> getTranslation("curated.draft.both-asked");
            case ONE_ASKED -> getTranslation("curated.draft.one-asked",
                    m.askedBy().equals(m.first()) ? meeting.firstName() : meeting.secondName());
            case BEST_REMAINING_MATCH -> getTranslation("curated.reason.best");
        };
    }
}
