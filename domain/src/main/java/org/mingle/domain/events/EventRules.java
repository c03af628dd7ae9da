package org.mingle.domain.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * Validation of what organizers type. All fields are checked at once so a form can show every problem next to its
 * field in one round trip.
 */
public final class EventRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int VENUE_MAX = 300;
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 100_000;
    public static final double DEFAULT_PERSPECTIVE_WEIGHT = 0.3;
    public static final int DEFAULT_MAX_PENDING_REQUESTS = 10;
    public static final int MAX_PENDING_REQUESTS_LIMIT = 100;
    /** How long a meeting request waits for its answer unless the organizers choose otherwise. */
    public static final Duration DEFAULT_MEETING_REQUEST_TTL = Duration.ofDays(2);
    public static final Duration MEETING_REQUEST_TTL_MIN = Duration.ofHours(1);
    public static final Duration MEETING_REQUEST_TTL_MAX = Duration.ofDays(14);
    public static final int TOPICS_MAX = 10;
    public static final int TOPIC_MAX = 40;
    public static final int CITY_MAX = 100;

    private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

    private EventRules() {
    }

    /**
     * Validates a new event.
     *
     * @param now the current instant: a new event cannot start in the past
     * @throws InvalidInputException naming every refused field
     */
    public static EventDetails validateNew(EventInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (input.startsAt() != null && input.startsAt().isBefore(now)
                && SupportedInstants.isSupported(input.startsAt())) {
            errors.add(new FieldError("startsAt", "must be in the future"));
        }
        return validate(input, errors);
    }

    /**
     * Validates a changed event. A start that is moved must still lie in the future; an unchanged one may have passed.
     *
     * @throws InvalidInputException naming every refused field
     */
    public static EventDetails validateChange(EventDetails current, EventInput changed, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (changed.startsAt() != null && !changed.startsAt().equals(current.startsAt())
                && changed.startsAt().isBefore(now) && SupportedInstants.isSupported(changed.startsAt())) {
            errors.add(new FieldError("startsAt", "must be in the future"));
        }
        return validate(changed, errors);
    }

    /**
     * The words an event shows (a title; a description and a venue, which may be blank), trimmed, checked alike
     * wherever an event is described: its form and a series' template.
     */
    public static void checkWords(String title, String description, String venue, List<FieldError> errors) {
        if (title.isEmpty()) {
            errors.add(FieldError.required("title"));
        } else {
            TextRules.check("title", title, TITLE_MAX, Lines.SINGLE, errors);
        }
        TextRules.check("description", description, DESCRIPTION_MAX, Lines.MULTIPLE, errors);
        TextRules.check("venue", venue, VENUE_MAX, Lines.SINGLE, errors);
    }

    private static EventDetails validate(EventInput input, List<FieldError> errors) {
        String title = trimToEmpty(input.title());
        String description = trimToEmpty(input.description());
        String venue = trimToEmpty(input.venue());
        checkWords(title, description, venue, errors);
        if (input.startsAt() == null) {
            errors.add(FieldError.required("startsAt"));
        }
        boolean supported = SupportedInstants.check("startsAt", input.startsAt(), errors)
                & SupportedInstants.check("endsAt", input.endsAt(), errors)
                & SupportedInstants.check("registrationClosesAt", input.registrationClosesAt(), errors);
        if (input.endsAt() == null) {
            errors.add(FieldError.required("endsAt"));
        } else if (supported && input.startsAt() != null && !input.endsAt().isAfter(input.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after the start"));
        }
        ZoneId zone = parseZone(input.timeZone(), errors);
        if (input.capacity() == null) {
            errors.add(FieldError.required("capacity"));
        } else if (input.capacity() < CAPACITY_MIN || input.capacity() > CAPACITY_MAX) {
            errors.add(new FieldError("capacity", "must be between " + CAPACITY_MIN + " and " + CAPACITY_MAX));
        }
        Instant closes = input.registrationClosesAt();
        if (supported && closes != null && input.endsAt() != null && !closes.isBefore(input.endsAt())) {
            errors.add(new FieldError("registrationClosesAt", "must be before the end of the event"));
        }
        double weight = input.perspectiveWeight() == null ? DEFAULT_PERSPECTIVE_WEIGHT : input.perspectiveWeight();
        if (Double.isNaN(weight) || weight < 0 || weight > 1) {
            errors.add(new FieldError("perspectiveWeight", "must be between 0 and 1"));
        }
        int maxPending = input.maxPendingRequests() == null ? DEFAULT_MAX_PENDING_REQUESTS : input.maxPendingRequests();
        if (maxPending < 1 || maxPending > MAX_PENDING_REQUESTS_LIMIT) {
            errors.add(new FieldError("maxPendingRequests", "must be between 1 and " + MAX_PENDING_REQUESTS_LIMIT));
        }
        Duration requestTtl = meetingRequestTtl(input.meetingRequestTtl(), errors);
        List<String> topics = topics(input.topics(), errors);
        String city = trimToEmpty(input.city());
        TextRules.check("city", city, CITY_MAX, Lines.SINGLE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new EventDetails(title, description, input.startsAt(), input.endsAt(), zone, venue, input.capacity(),
                closes, Boolean.TRUE.equals(input.approvalRequired()), weight,
                Boolean.TRUE.equals(input.excludeSameCompany()), maxPending, topics, city,
                Boolean.TRUE.equals(input.online()), requestTtl);
    }

    /**
     * The time a meeting request waits for its answer: an ISO-8601 duration ({@code P2D}, {@code PT12H}) in whole
     * minutes, from an hour (shorter leaves no time to notice the request) to two weeks (longer keeps a sender's
     * allowance taken by requests nobody will answer).
     */
    private static Duration meetingRequestTtl(String typed, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return DEFAULT_MEETING_REQUEST_TTL;
        }
        Duration ttl;
        try {
            ttl = Duration.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("meetingRequestTtl", "must be an ISO-8601 duration such as P2D or PT12H"));
            return DEFAULT_MEETING_REQUEST_TTL;
        }
        if (ttl.compareTo(MEETING_REQUEST_TTL_MIN) < 0 || ttl.compareTo(MEETING_REQUEST_TTL_MAX) > 0
                || ttl.toSecondsPart() != 0 || ttl.toNanosPart() != 0) {
            errors.add(new FieldError("meetingRequestTtl", "must be whole minutes between PT1H and P14D"));
            return DEFAULT_MEETING_REQUEST_TTL;
        }
        return ttl;
    }

    /**
     * A topic as events store it and filters compare it: trimmed, inner spaces collapsed, lower case, so "Climate
     * Tech " and "climate  tech" are one topic.
     */
    public static String normalizeTopic(String topic) {
        return topic == null ? "" : topic.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The normalised topics without blanks and duplicates, in the order given; one error for the field at most. */
    private static List<String> topics(List<String> given, List<FieldError> errors) {
        var topics = new LinkedHashSet<String>();
        for (String topic : given == null ? List.<String>of() : given) {
            String normalized = normalizeTopic(topic);
            if (!normalized.isEmpty() && topics.add(normalized)
                    && !TextRules.check("topics", normalized, TOPIC_MAX, Lines.SINGLE, new ArrayList<>())) {
                errors.add(new FieldError("topics", "each topic must be at most " + TOPIC_MAX
                        + " characters without control characters"));
                return List.of();
            }
        }
        if (topics.size() > TOPICS_MAX) {
            errors.add(new FieldError("topics", "must be at most " + TOPICS_MAX + " topics"));
            return List.of();
        }
        return List.copyOf(topics);
    }

    private static ZoneId parseZone(String text, List<FieldError> errors) {
        String zone = trimToEmpty(text);
        if (zone.isEmpty()) {
            errors.add(FieldError.required("timeZone"));
            return null;
        }
        // Only region ids (Europe/Berlin): a fixed offset would give wrong local times across daylight-saving changes.
        if (!zone.contains("/") || !ZONE_IDS.contains(zone)) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
            return null;
        }
        return ZoneId.of(zone);
    }

    private static String trimToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
