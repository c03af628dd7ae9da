package org.mingle.domain.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;

/**
 * The {@code events} table as Micronaut Data sees it; kept apart from {@link Event} so the model stays plain Java. The
 * generated search document is left out: PostgreSQL computes it from the fields.
 */
@MappedEntity("events")
record EventRow(
        @Id UUID id,
        UUID ownerId,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        int capacity,
        @Nullable Instant registrationClosesAt,
        boolean approvalRequired,
        double perspectiveWeight,
        boolean excludeSameCompany,
        int maxPendingRequests,
        @TypeDef(type = DataType.STRING_ARRAY) String[] topics,
        String city,
        boolean online,
        int meetingRequestTtlMinutes,
        EventStatus status,
        int confirmedCount,
        int waitlistCount,
        Instant createdAt,
        Instant updatedAt,
        @Version long version) {

    static EventRow from(Event event) {
        var d = event.details();
        return new EventRow(event.id().value(), event.ownerId().value(), d.title(), d.description(), d.startsAt(),
                d.endsAt(), d.timeZone().getId(), d.venue(), d.capacity(), d.registrationClosesAt(),
                d.approvalRequired(), d.perspectiveWeight(), d.excludeSameCompany(), d.maxPendingRequests(),
                d.topics().toArray(String[]::new), d.city(), d.online(), (int) d.meetingRequestTtl().toMinutes(), event.status(), event.confirmedCount(),
                event.waitlistCount(), event.createdAt(), event.updatedAt(), event.version());
    }

    Event toEvent() {
        var details = new EventDetails(title, description, startsAt, endsAt, ZoneId.of(timeZone), venue, capacity,
                registrationClosesAt, approvalRequired, perspectiveWeight, excludeSameCompany, maxPendingRequests,
                List.of(topics), city, online, Duration.ofMinutes(meetingRequestTtlMinutes));
        return new Event(new EventId(id), new AccountId(ownerId), details, status, confirmedCount, waitlistCount,
                createdAt, updatedAt, version);
    }
}
