package org.mingle.web.events;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventDetails;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventPatch;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.shared.FieldError;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.PickerLanguage;
import org.mingle.web.shell.TextLimits;

/**
 * The fields of an event, shared by the page that creates one and the dialog that edits one. The domain validates;
 * each refused field shows its message next to it, and messages for fields the form does not show appear below it.
 * Times are entered as local times in the chosen time zone.
 */
public class EventForm extends Div {

    /** Coordinated Universal Time under the name the domain accepts, for online events. */
    static final String UTC = "Etc/UTC";
    /** Region time zones (Europe/Berlin) and UTC, without the legacy and fixed-offset aliases. */
    static final Set<String> TIME_ZONES = regionZones();

    /** The waits the form offers for an answer to a meeting request; the API takes any from an hour to two weeks. */
    private static final List<Duration> REQUEST_TTLS = List.of(Duration.ofHours(4), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(7));

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField venue = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final DateTimePicker registrationClosesAt = new DateTimePicker();
    private final Checkbox approvalRequired = new Checkbox();
    private final NumberField perspectiveWeight = new NumberField();
    private final Checkbox excludeSameCompany = new Checkbox();
    private final IntegerField maxPendingRequests = new IntegerField();
    private final Select<Duration> meetingRequestTtl = new Select<>();
    private final TextField topics = new TextField();
    private final TextField city = new TextField();
    private final Checkbox online = new Checkbox();
    private final Div formError = new Div();

    /** Domain field name to the component that shows its error, in form order. */
    private final FieldErrors fieldErrors = new FieldErrors();

    public EventForm() {
        title.setLabel(getTranslation("events.form.title"));
        description.setLabel(getTranslation("events.form.description"));
        startsAt.setLabel(getTranslation("events.form.starts"));
        endsAt.setLabel(getTranslation("events.form.ends"));
        timeZone.setLabel(getTranslation("events.form.time-zone"));
        venue.setLabel(getTranslation("events.form.venue"));
        capacity.setLabel(getTranslation("events.form.capacity"));
        registrationClosesAt.setLabel(getTranslation("events.form.registration-closes"));
        approvalRequired.setLabel(getTranslation("events.form.approval"));
        perspectiveWeight.setLabel(getTranslation("events.form.perspective"));
        excludeSameCompany.setLabel(getTranslation("events.form.exclude-colleagues"));
        maxPendingRequests.setLabel(getTranslation("events.form.max-pending"));
        topics.setLabel(getTranslation("events.form.topics"));
        city.setLabel(getTranslation("events.form.city"));
        online.setLabel(getTranslation("events.form.online"));
        title.setId("title");
        title.setMaxLength(TextLimits.maxLength(EventRules.TITLE_MAX));
        title.setRequiredIndicatorVisible(true);
        description.setId("description");
        description.setMaxLength(TextLimits.maxLength(EventRules.DESCRIPTION_MAX));
        description.setMinHeight("8rem");

        startsAt.setId("starts-at");
        // No required indicator on a date-time picker: it would mark the picker's group aria-required, which
        // ARIA does not allow on a group (a known Vaadin issue). A missing time is explained next to the field.
        endsAt.setId("ends-at");
        for (DateTimePicker picker : List.of(startsAt, endsAt, registrationClosesAt)) {
            picker.setStep(Duration.ofMinutes(15));
        }
        PickerLanguage.apply(getLocale(), startsAt, endsAt, registrationClosesAt);
        // Ending three hours after the start is a good first guess.
        startsAt.addValueChangeListener(change -> {
            if (change.getValue() != null && endsAt.isEmpty()) {
                endsAt.setValue(change.getValue().plusHours(3));
            }
        });

        timeZone.setId("time-zone");
        timeZone.setItems(TIME_ZONES);
        timeZone.setAllowCustomValue(false);
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText(getTranslation("events.form.time-zone.helper"));

        venue.setId("venue");
        venue.setMaxLength(TextLimits.maxLength(EventRules.VENUE_MAX));

        capacity.setId("capacity");
        capacity.setRequiredIndicatorVisible(true);
        capacity.setHelperText(getTranslation("events.form.capacity.helper", EventRules.CAPACITY_MIN,
                EventRules.CAPACITY_MAX));
        capacity.setStepButtonsVisible(true);

        registrationClosesAt.setId("registration-closes-at");
        registrationClosesAt.setHelperText(getTranslation("events.form.registration-closes.helper"));

        approvalRequired.setId("approval-required");

        perspectiveWeight.setId("perspective-weight");
        perspectiveWeight.setMin(0);
        perspectiveWeight.setMax(1);
        perspectiveWeight.setStep(0.1);
        perspectiveWeight.setStepButtonsVisible(true);
        perspectiveWeight.setValue(EventRules.DEFAULT_PERSPECTIVE_WEIGHT);
        perspectiveWeight.setHelperText(getTranslation("events.form.perspective.helper"));

        excludeSameCompany.setId("exclude-same-company");

        maxPendingRequests.setId("max-pending-requests");
        maxPendingRequests.setMin(1);
        maxPendingRequests.setMax(EventRules.MAX_PENDING_REQUESTS_LIMIT);
        maxPendingRequests.setStepButtonsVisible(true);
        maxPendingRequests.setValue(EventRules.DEFAULT_MAX_PENDING_REQUESTS);
        maxPendingRequests.setHelperText(getTranslation("events.form.max-pending.helper",
                EventRules.MAX_PENDING_REQUESTS_LIMIT));

        meetingRequestTtl.setId("meeting-request-ttl");
        meetingRequestTtl.setLabel(getTranslation("events.form.request-ttl"));
        meetingRequestTtl.setItems(REQUEST_TTLS);
        meetingRequestTtl.setItemLabelGenerator(this::ttlLabel);
        meetingRequestTtl.setValue(EventRules.DEFAULT_MEETING_REQUEST_TTL);
        meetingRequestTtl.setHelperText(getTranslation("events.form.request-ttl.helper"));

        topics.setId("topics");
        topics.setHelperText(getTranslation("events.form.topics.helper", EventRules.TOPICS_MAX));
        city.setId("city");
        city.setMaxLength(TextLimits.maxLength(EventRules.CITY_MAX));
        online.setId("online");

        // The domain is the one validator: the fields never mark themselves invalid on their own. Its messages are
        // English, so the names they start with stay English too.
        fieldErrors.add("title", title, "Title")
                .add("description", description, "Description")
                .add("startsAt", startsAt, "Start")
                .add("endsAt", endsAt, "End")
                .add("timeZone", timeZone, "Time zone")
                .add("venue", venue, "Venue")
                .add("city", city, "City")
                .add("topics", topics, "Topics")
                .add("capacity", capacity, "Capacity")
                .add("registrationClosesAt", registrationClosesAt, "Registration close")
                .add("perspectiveWeight", perspectiveWeight, "Perspective weight")
                .add("maxPendingRequests", maxPendingRequests, "Unanswered meeting requests per attendee")
                .add("meetingRequestTtl", meetingRequestTtl, "Time to answer a meeting request");

        var form = new FormLayout();
        form.setId("event-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(title, 2);
        form.add(description, 2);
        form.add(startsAt, endsAt, timeZone, venue, city, online, capacity, registrationClosesAt);
        form.add(topics, 2);
        form.add(perspectiveWeight, approvalRequired);
        form.add(maxPendingRequests, meetingRequestTtl);
        form.add(excludeSameCompany, 2);
        form.setMaxWidth("52rem");

        formError.setId("form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.setVisible(false);

        add(form, formError);
    }

    /** How long a meeting request may wait for its answer, as the form offers it. */
    private String ttlLabel(Duration ttl) {
        return ttl.toHours() < 24 || ttl.toHoursPart() != 0 || ttl.toMinutesPart() != 0
                ? getTranslation("events.form.request-ttl.hours", ttl.toHours())
                : getTranslation("events.form.request-ttl.days", ttl.toDays());
    }

    /** Picks a time zone unless one is chosen already, if the form offers it (the browser's zone, say). */
    void suggestTimeZone(String zoneId) {
        String zone = "UTC".equals(zoneId) ? UTC : zoneId;
        if (timeZone.isEmpty() && zone != null && TIME_ZONES.contains(zone)) {
            timeZone.setValue(zone);
        }
    }

    /** Fills the form with an event's current details, its times as local times in its zone. */
    void fill(Event event) {
        var details = event.details();
        ZoneId zone = details.timeZone();
        title.setValue(details.title());
        description.setValue(details.description());
        timeZone.setValue(zoneName(zone));
        startsAt.setValue(local(details.startsAt(), zone));
        endsAt.setValue(local(details.endsAt(), zone));
        venue.setValue(details.venue());
        capacity.setValue(details.capacity());
        registrationClosesAt.setValue(local(details.registrationClosesAt(), zone));
        approvalRequired.setValue(details.approvalRequired());
        perspectiveWeight.setValue(details.perspectiveWeight());
        excludeSameCompany.setValue(details.excludeSameCompany());
        maxPendingRequests.setValue(details.maxPendingRequests());
        if (!REQUEST_TTLS.contains(details.meetingRequestTtl())) {
            // A wait set through the API that the form does not offer: shown as it is, so saving keeps it.
            var offered = new ArrayList<>(REQUEST_TTLS);
            offered.add(details.meetingRequestTtl());
            offered.sort(null);
            meetingRequestTtl.setItems(offered);
        }
        meetingRequestTtl.setValue(details.meetingRequestTtl());
        topics.setValue(String.join(", ", details.topics()));
        city.setValue(details.city());
        online.setValue(details.online());
        clearErrors();
    }

    /** What the form holds, as the domain takes it; local times are read in the chosen zone. */
    EventInput input() {
        ZoneId zone = EventTimes.zone(timeZone.getValue()).orElse(ZoneOffset.UTC);
        return new EventInput(title.getValue(), description.getValue(), instant(startsAt.getValue(), zone),
                instant(endsAt.getValue(), zone), timeZone.getValue(), venue.getValue(), capacity.getValue(),
                instant(registrationClosesAt.getValue(), zone), approvalRequired.getValue(),
                perspectiveWeight.getValue(), excludeSameCompany.getValue(), maxPendingRequests.getValue(),
                topicList(topics.getValue()), city.getValue(), online.getValue(),
                meetingRequestTtl.isEmpty() ? null : meetingRequestTtl.getValue().toString());
    }

    /** The topics typed as one text, separated by commas; the domain normalises and judges them. */
    static List<String> topicList(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(topic -> !topic.isEmpty()).toList();
    }

    /**
     * The changes to an event: only the fields whose values differ from its current details, so an untouched field
     * stays as it is (null in the patch). Emptied text is sent as empty text, which the domain judges; an emptied
     * registration close removes it (registration then closes at the start).
     */
    EventPatch patch(Event current) {
        EventDetails was = current.details();
        EventInput now = input();
        return new EventPatch(
                changed(text(now.title()), was.title()),
                changed(text(now.description()), was.description()),
                changed(now.startsAt(), was.startsAt()),
                changed(now.endsAt(), was.endsAt()),
                changed(now.timeZone(), zoneName(was.timeZone())),
                changed(text(now.venue()), was.venue()),
                changed(now.capacity(), was.capacity()),
                changed(now.registrationClosesAt(), was.registrationClosesAt()),
                now.registrationClosesAt() == null && was.registrationClosesAt() != null,
                changed(now.approvalRequired(), was.approvalRequired()),
                changed(now.perspectiveWeight(), was.perspectiveWeight()),
                changed(now.excludeSameCompany(), was.excludeSameCompany()),
                changed(now.maxPendingRequests(), was.maxPendingRequests()),
                changed(normalized(now.topics()), was.topics()),
                changed(text(now.city()), was.city()),
                changed(now.online(), was.online()),
                changed(now.meetingRequestTtl(), was.meetingRequestTtl().toString()));
    }

    /**
     * The required values that the form lacks: an emptied time or number cannot be sent in a patch, where missing
     * means unchanged, so the form names it itself, in the domain's words.
     */
    List<FieldError> missingRequired() {
        var missing = new ArrayList<FieldError>();
        if (startsAt.isEmpty()) {
            missing.add(new FieldError("startsAt", "is required"));
        }
        if (endsAt.isEmpty()) {
            missing.add(new FieldError("endsAt", "is required"));
        }
        if (timeZone.isEmpty()) {
            missing.add(new FieldError("timeZone", "is required"));
        }
        if (capacity.isEmpty()) {
            missing.add(new FieldError("capacity", "is required"));
        }
        if (maxPendingRequests.isEmpty()) {
            missing.add(new FieldError("maxPendingRequests", "is required"));
        }
        return missing;
    }

    /** Marks each refused field; messages for fields the form does not show appear below it. */
    void showErrors(List<FieldError> errors) {
        List<String> unplaced = fieldErrors.show(errors);
        formError.setText(String.join(" ", unplaced));
        formError.setVisible(!unplaced.isEmpty());
    }

    /** Shows a whole sentence at one field, such as the refusal to lower the capacity below the confirmed count. */
    void showAt(String field, String sentence) {
        fieldErrors.showSentence(field, sentence);
    }

    /** Shows a message that belongs to no single field below the form. */
    void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    void clearErrors() {
        fieldErrors.clear();
        formError.setText("");
        formError.setVisible(false);
    }

    private static <T> T changed(T value, T current) {
        return Objects.equals(value, current) ? null : value;
    }

    /** Topics as the domain stores them, so unchanged topics typed another way count as unchanged. */
    private static List<String> normalized(List<String> topics) {
        return topics.stream().map(EventRules::normalizeTopic).distinct().toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String zoneName(ZoneId zone) {
        return "UTC".equals(zone.getId()) || "Z".equals(zone.getId()) ? UTC : zone.getId();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDateTime();
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static Set<String> regionZones() {
        var zones = new TreeSet<String>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                zones.add(id);
            }
        }
        zones.add(UTC);
        return Collections.unmodifiableSet(zones);
    }
}
