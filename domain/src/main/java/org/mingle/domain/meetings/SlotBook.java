package org.mingle.domain.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.shared.AccountId;

/**
 * The slots and tables of one event's networking sessions, and who meets where: the rules that put an accepted meeting
 * into a slot. Nobody is in two places at once (two meetings, or a meeting and a speed-networking round), no table
 * holds more pairs than its seats allow, and every meeting lies in a slot of a session. Plain Java, so the rules can be
 * tested on generated events.
 *
 * <p>A meeting takes the earliest slot where both people are free and a table has room; among the tables with room
 * it takes the emptiest, then the first added, so pairs spread over the room rather than crowd one table.
 */
public final class SlotBook {

    /** Where and when a meeting takes place; {@code place} numbers the pairs at one table in one slot, from 1. */
    public record Placement(NetworkingSessionId session, Slot slot, MeetingTableId table, int place) {

        public Placement {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(table, "table");
            if (place < 1) {
                throw new IllegalArgumentException("places are numbered from 1");
            }
        }
    }

    /** A meeting with its place in the book. */
    public record Booked(MeetingRequestId meeting, AccountId first, AccountId second, Placement placement) {

        public Booked {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(placement, "placement");
        }

        boolean involves(AccountId person) {
            return first.equals(person) || second.equals(person);
        }
    }

    private record SessionSlot(NetworkingSessionId session, Slot slot) {
    }

    private record TableSlot(MeetingTableId table, Instant startsAt) {
    }

    private final List<SessionSlot> slots = new ArrayList<>();
    private final List<MeetingTable> tables;
    private final Map<AccountId, List<Slot>> elsewhere;
    private final Map<MeetingRequestId, Booked> bookings = new LinkedHashMap<>();
    private final Map<AccountId, List<Booked>> byPerson = new HashMap<>();
    private final Map<TableSlot, List<Booked>> byTableSlot = new HashMap<>();

    /**
     * @param sessions  the event's sessions, which do not overlap
     * @param tables    the event's tables, in the order they were added
     * @param existing  meetings already booked
     * @param elsewhere when people are busy with something else at the event (their speed-networking rounds)
     */
    public SlotBook(Collection<NetworkingSession> sessions, List<MeetingTable> tables, Collection<Booked> existing,
                    Map<AccountId, List<Slot>> elsewhere) {
        sessions.forEach(session -> session.slots().forEach(slot -> slots.add(new SessionSlot(session.id(), slot))));
        slots.sort(Comparator.comparing(SessionSlot::slot));
        this.tables = List.copyOf(tables);
        this.elsewhere = Map.copyOf(elsewhere);
        existing.forEach(this::add);
    }

    /** The earliest placement for the two that starts after {@code after}, if any. */
    public Optional<Placement> earliest(AccountId a, AccountId b, Instant after, MeetingRequestId moving) {
        for (SessionSlot candidate : slots) {
            if (candidate.slot().startsAt().isAfter(after)) {
                Optional<Placement> placement = placementIn(candidate, a, b, moving);
                if (placement.isPresent()) {
                    return placement;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How soon a meeting "right away" may start, and how long it must still have to run: a slot under way with less
     * than this left is too short to sit down, and one starting within it is as good as now.
     */
    public static final Duration RIGHT_AWAY = Duration.ofMinutes(5);

    /**
     * A placement for the two right away (decision 52): in the earliest slot that has begun or begins within
     * {@link #RIGHT_AWAY} of {@code now} and runs at least that long after it, where both are free and a table has
     * room; empty when no session runs now or every table is taken.
     */
    public Optional<Placement> rightAway(AccountId a, AccountId b, Instant now, MeetingRequestId moving) {
        Instant soon = now.plus(RIGHT_AWAY);
        for (SessionSlot candidate : slots) {
            Slot slot = candidate.slot();
            if (!slot.startsAt().isAfter(soon) && !slot.endsAt().isBefore(soon)) {
                Optional<Placement> placement = placementIn(candidate, a, b, moving);
                if (placement.isPresent()) {
                    return placement;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Everyone in a meeting or elsewhere (a round) at {@code now} or within {@link #RIGHT_AWAY} after it: not free to
     * sit down with someone else right away.
     */
    public Set<AccountId> busyAround(Instant now) {
        Slot window = new Slot(now, now.plus(RIGHT_AWAY));
        Set<AccountId> busy = new HashSet<>();
        byPerson.forEach((person, booked) -> {
            if (booked.stream().anyMatch(meeting -> meeting.placement().slot().overlaps(window))) {
                busy.add(person);
            }
        });
        elsewhere.forEach((person, taken) -> {
            if (taken.stream().anyMatch(window::overlaps)) {
                busy.add(person);
            }
        });
        return busy;
    }

    /** Every slot starting after {@code after} where the two are free and a table has room, earliest first. */
    public List<Slot> freeSlots(AccountId a, AccountId b, Instant after, MeetingRequestId moving) {
        return slots.stream()
                .filter(candidate -> candidate.slot().startsAt().isAfter(after))
                .filter(candidate -> placementIn(candidate, a, b, moving).isPresent())
                .map(SessionSlot::slot)
                .toList();
    }

    /** A placement for the two in the slot starting at {@code startsAt}, if that slot exists and has room for them. */
    public Optional<Placement> at(AccountId a, AccountId b, Instant startsAt, MeetingRequestId moving) {
        return slots.stream().filter(candidate -> candidate.slot().startsAt().equals(startsAt)).findFirst()
                .flatMap(candidate -> placementIn(candidate, a, b, moving));
    }

    /** The slot of a session that starts at {@code startsAt}, if there is one. */
    public Optional<Slot> slotStarting(Instant startsAt) {
        return slots.stream().map(SessionSlot::slot).filter(slot -> slot.startsAt().equals(startsAt)).findFirst();
    }

    /**
     * The planned placement when the two and that place are free there; else another table's place in the same slot of
     * the same session, if one has room; else nothing. For meetings planned ahead of booking, as a curated schedule is.
     */
    public Optional<Placement> fit(AccountId a, AccountId b, Placement planned, MeetingRequestId moving) {
        SessionSlot candidate = new SessionSlot(planned.session(), planned.slot());
        if (!slots.contains(candidate)) {
            return Optional.empty();
        }
        if (planned.place() <= capacityOf(planned.table()) && !a.equals(b) && free(a, planned.slot(), moving)
                && free(b, planned.slot(), moving)
                && !placesTaken(new TableSlot(planned.table(), planned.slot().startsAt()), moving)
                        .contains(planned.place())) {
            return Optional.of(planned);
        }
        return placementIn(candidate, a, b, moving);
    }

    /**
     * Books a meeting, moving it if it was booked before.
     *
     * @throws IllegalStateException when the placement breaks a rule: callers book what this book offered
     */
    public Booked book(MeetingRequestId meeting, AccountId a, AccountId b, Placement placement) {
        SessionSlot candidate = new SessionSlot(placement.session(), placement.slot());
        if (!slots.contains(candidate) || placement.place() > capacityOf(placement.table())
                || !free(a, placement.slot(), meeting) || !free(b, placement.slot(), meeting)
                || placesTaken(new TableSlot(placement.table(), placement.slot().startsAt()), meeting)
                        .contains(placement.place())) {
            throw new IllegalStateException("not a free placement: " + placement);
        }
        remove(meeting);
        Booked booked = new Booked(meeting, a, b, placement);
        add(booked);
        return booked;
    }

    public Optional<Booked> booking(MeetingRequestId meeting) {
        return Optional.ofNullable(bookings.get(meeting));
    }

    public Collection<Booked> bookings() {
        return List.copyOf(bookings.values());
    }

    private Optional<Placement> placementIn(SessionSlot candidate, AccountId a, AccountId b, MeetingRequestId moving) {
        Slot slot = candidate.slot();
        if (a.equals(b) || !free(a, slot, moving) || !free(b, slot, moving)) {
            return Optional.empty();
        }
        MeetingTable best = null;
        int fewest = Integer.MAX_VALUE;
        for (MeetingTable table : tables) {
            int taken = placesTaken(new TableSlot(table.id(), slot.startsAt()), moving).size();
            if (taken < table.meetingsAtOnce() && taken < fewest) {
                best = table;
                fewest = taken;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<Integer> taken = placesTaken(new TableSlot(best.id(), slot.startsAt()), moving);
        int place = 1;
        while (taken.contains(place)) {
            place++;
        }
        return Optional.of(new Placement(candidate.session(), slot, best.id(), place));
    }

    private boolean free(AccountId person, Slot slot, MeetingRequestId moving) {
        for (Booked booked : byPerson.getOrDefault(person, List.of())) {
            if (!booked.meeting().equals(moving) && booked.placement().slot().overlaps(slot)) {
                return false;
            }
        }
        return elsewhere.getOrDefault(person, List.of()).stream().noneMatch(slot::overlaps);
    }

    private List<Integer> placesTaken(TableSlot tableSlot, MeetingRequestId moving) {
        return byTableSlot.getOrDefault(tableSlot, List.of()).stream()
                .filter(booked -> !booked.meeting().equals(moving))
                .map(booked -> booked.placement().place())
                .toList();
    }

    private int capacityOf(MeetingTableId table) {
        return tables.stream().filter(t -> t.id().equals(table)).mapToInt(MeetingTable::meetingsAtOnce)
                .findFirst().orElse(0);
    }

    private void add(Booked booked) {
        bookings.put(booked.meeting(), booked);
        byPerson.computeIfAbsent(booked.first(), p -> new ArrayList<>()).add(booked);
        byPerson.computeIfAbsent(booked.second(), p -> new ArrayList<>()).add(booked);
        byTableSlot.computeIfAbsent(tableSlotOf(booked), t -> new ArrayList<>()).add(booked);
    }

    /**
     * Frees one of a meeting's two people for the rest of its slot (a no-show they reported, decision 51): they may be
     * placed elsewhere at that time, while the meeting keeps its place at the table.
     */
    public void release(MeetingRequestId meeting, AccountId person) {
        Booked booked = bookings.get(meeting);
        if (booked != null) {
            byPerson.getOrDefault(person, new ArrayList<>()).remove(booked);
        }
    }

        private void remove(MeetingRequestId meeting) {
        Booked old = bookings.remove(meeting);
        if (old != null) {
            byPerson.get(old.first()).remove(old);
            byPerson.get(old.second()).remove(old);
            byTableSlot.get(tableSlotOf(old)).remove(old);
        }
    }

    private static TableSlot tableSlotOf(Booked booked) {
        return new TableSlot(booked.placement().table(), booked.placement().slot().startsAt());
    }
}
