package org.mingle.web.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mingle.domain.agenda.AgendaRules;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.agenda.SpeakerChoice;
import org.mingle.domain.agenda.Talk;
import org.mingle.domain.agenda.TalkInput;
import org.mingle.domain.events.Event;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.PickerLanguage;

/**
 * The form for one talk, new or changed: title, abstract, start and end in the event's time zone, room, speakers
 * picked from the event's team and confirmed attendees (or found by email address), and guests by name, one a line.
 * The domain is the one validator: its messages show next to the fields they name.
 */
class TalkDialog extends Dialog {

    private final AgendaService agenda;
    private final CurrentUser currentUser;
    private final Consumer<Talk> onSaved;

    private final TextField title = new TextField(getTranslation("agenda.form.title"));
    private final TextArea abstractText = new TextArea(getTranslation("agenda.form.abstract"));
    private final DateTimePicker startsAt = new DateTimePicker(getTranslation("agenda.form.starts"));
    private final DateTimePicker endsAt = new DateTimePicker(getTranslation("agenda.form.ends"));
    private final TextField room = new TextField(getTranslation("agenda.form.room"));
    private final MultiSelectComboBox<SpeakerChoice> speakers =
            new MultiSelectComboBox<>(getTranslation("agenda.form.speakers"));
    private final EmailField speakerEmail = new EmailField(getTranslation("agenda.form.speaker-email"));
    private final Button findSpeaker = new Button(getTranslation("agenda.form.find-speaker"),
            VaadinIcon.SEARCH.create());
    private final TextArea guests = new TextArea(getTranslation("agenda.form.guests"));
    private final Div formError = new Div();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final Button save = new Button(getTranslation("agenda.form.save"));

    private final List<SpeakerChoice> choices = new ArrayList<>();
    private Event event;
    private Optional<Talk> editing = Optional.empty();

    TalkDialog(AgendaService agenda, CurrentUser currentUser, Consumer<Talk> onSaved) {
        this.agenda = agenda;
        this.currentUser = currentUser;
        this.onSaved = onSaved;
        setId("talk-dialog");
        setWidth("min(40rem, 100vw)");

        title.setId("talk-title");
        title.setMaxLength(AgendaRules.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        abstractText.setId("talk-abstract");
        abstractText.setMaxLength(AgendaRules.ABSTRACT_MAX);
        startsAt.setId("talk-starts-at");
        startsAt.setStep(Duration.ofMinutes(5));
        endsAt.setId("talk-ends-at");
        endsAt.setStep(Duration.ofMinutes(5));
        // No required indicator on a date-time picker: ARIA does not allow aria-required on its group.
        room.setId("talk-room");
        room.setMaxLength(AgendaRules.ROOM_MAX);
        room.setHelperText(getTranslation("agenda.form.room-hint"));
        speakers.setId("talk-speakers");
        speakers.setItemLabelGenerator(SpeakerChoice::name);
        speakers.setHelperText(getTranslation("agenda.form.speakers-hint"));
        speakerEmail.setId("talk-speaker-email");
        findSpeaker.setId("talk-find-speaker");
        findSpeaker.addClickListener(click -> findByEmail());
        var byEmail = new Div(speakerEmail, findSpeaker);
        byEmail.addClassNames("agenda-speaker-email", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
        guests.setId("talk-guests");
        guests.setHelperText(getTranslation("agenda.form.guests-hint"));

        fieldErrors.add("title", title, getTranslation("agenda.form.title"))
                .add("abstract", abstractText, getTranslation("agenda.form.abstract"))
                .add("startsAt", startsAt, getTranslation("agenda.form.starts"))
                .add("endsAt", endsAt, getTranslation("agenda.form.ends"))
                .add("room", room, getTranslation("agenda.form.room"))
                .add("speakerIds", speakers, getTranslation("agenda.form.speakers"))
                .add("email", speakerEmail, "")
                .add("guestSpeakers", guests, getTranslation("agenda.form.guests"));

        formError.setId("talk-form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        var fields = new FormLayout(title, startsAt, endsAt, room, abstractText, speakers, byEmail, guests);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        fields.setColspan(title, 2);
        fields.setColspan(abstractText, 2);
        fields.setColspan(speakers, 2);
        fields.setColspan(byEmail, 2);
        fields.setColspan(guests, 2);
        add(fields, formError);

        save.setId("save-talk");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("agenda.form.cancel"), click -> close());
        cancel.setId("cancel-talk");
        getFooter().add(cancel, save);
    }

    /** Opens the form for a new talk ({@code talk} empty) or to change one. */
    void open(Event shown, Optional<Talk> talk) {
        event = shown;
        editing = talk;
        setHeaderTitle(getTranslation(talk.isPresent() ? "agenda.form.edit-heading" : "agenda.form.add-heading"));
        fieldErrors.clear();
        formError.setVisible(false);
        choices.clear();
        choices.addAll(agenda.speakerChoices(currentUser.require(), shown.id()));
        var zone = zone();
        String zoneHint = getTranslation("agenda.form.zone", zone.getId());
        startsAt.setHelperText(zoneHint);
        endsAt.setHelperText(zoneHint);
        PickerLanguage.apply(getLocale(), startsAt, endsAt);
        startsAt.setMin(shown.localStart().toLocalDateTime());
        startsAt.setMax(shown.localEnd().toLocalDateTime());
        endsAt.setMin(shown.localStart().toLocalDateTime());
        endsAt.setMax(shown.localEnd().toLocalDateTime());
        speakerEmail.clear();
        if (talk.isPresent()) {
            var t = talk.get();
            title.setValue(t.title());
            abstractText.setValue(t.abstractText());
            startsAt.setValue(local(t.startsAt()));
            endsAt.setValue(local(t.endsAt()));
            room.setValue(t.room());
            var chosen = new LinkedHashSet<SpeakerChoice>();
            t.speakers().forEach(s -> s.account().ifPresent(account -> chosen.add(
                    new SpeakerChoice(account, s.name()))));
            chosen.stream().filter(c -> !choices.contains(c)).forEach(choices::add);
            speakers.setItems(choices);
            speakers.setValue(chosen);
            guests.setValue(String.join("\n", t.speakers().stream().filter(s -> s.isGuest()).map(s -> s.name())
                    .toList()));
        } else {
            title.clear();
            abstractText.clear();
            startsAt.setValue(shown.localStart().toLocalDateTime());
            endsAt.setValue(shown.localStart().toLocalDateTime().plusMinutes(30));
            room.clear();
            speakers.setItems(choices);
            speakers.clear();
            guests.clear();
        }
        open();
        title.focus();
    }

    private void findByEmail() {
        fieldErrors.clear();
        try {
            var found = agenda.speakerByEmail(currentUser.require(), event.id(), speakerEmail.getValue());
            if (found.isEmpty()) {
                fieldErrors.showSentence("email", getTranslation("agenda.form.no-account"));
                return;
            }
            var choice = found.get();
            if (!choices.contains(choice)) {
                choices.add(choice);
                var selected = new LinkedHashSet<>(speakers.getValue());
                speakers.setItems(choices);
                speakers.setValue(selected);
            }
            var selected = new LinkedHashSet<>(speakers.getValue());
            selected.add(choice);
            speakers.setValue(selected);
            speakerEmail.clear();
        } catch (DomainException refused) {
            showFormError(DomainMessages.of(refused));
        }
    }

    private void save() {
        fieldErrors.clear();
        formError.setVisible(false);
        try {
            var input = new TalkInput(title.getValue(), abstractText.getValue(), instant(startsAt.getValue()),
                    instant(endsAt.getValue()), room.getValue(),
                    speakers.getValue().stream().map(c -> c.account().toString()).toList(),
                    Arrays.stream(guests.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList());
            var actor = currentUser.require();
            Talk saved = editing.isPresent() ? agenda.update(actor, event.id(), editing.get().id(), input)
                    : agenda.create(actor, event.id(), input);
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException invalid) {
            showFormError(String.join(" ", fieldErrors.show(invalid.errors())));
        } catch (DomainException refused) {
            showFormError(DomainMessages.of(refused));
        } finally {
            save.setEnabled(true);
        }
    }

    private void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(!message.isEmpty());
    }

    private ZoneId zone() {
        return event.details().timeZone();
    }

    private LocalDateTime local(Instant instant) {
        return instant.atZone(zone()).toLocalDateTime();
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }
}
