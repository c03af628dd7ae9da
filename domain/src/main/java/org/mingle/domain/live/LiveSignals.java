package org.mingle.domain.live;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.mingle.domain.availability.FreeNowChanged;
import org.mingle.domain.events.EventId;
import org.mingle.domain.notifications.InboxChanged;
import org.mingle.domain.registration.CheckedIn;
import org.mingle.domain.registration.RegistrationCancelled;
import org.mingle.domain.registration.RegistrationChanged;
import org.mingle.domain.registration.RegistrationCreated;

/**
 * Turns what other features publish inside their transactions into live signals sent after commit: an inbox that
 * changed, an event whose registrations or check-ins changed, an event where someone became free or stopped being
 * free. Those features do not know pages are watching.
 */
@Singleton
class LiveSignals {

    private final LiveUpdates updates;

    LiveSignals(LiveUpdates updates) {
        this.updates = updates;
    }

    @EventListener
    void onInboxChanged(InboxChanged changed) {
        updates.signalAfterCommit(changed.accounts().stream().map(LiveSignal::inbox).toList());
    }

    @EventListener
    void onCheckedIn(CheckedIn checkedIn) {
        attendanceChanged(checkedIn.event());
    }

    @EventListener
    void onRegistrationCreated(RegistrationCreated created) {
        attendanceChanged(created.event());
    }

    @EventListener
    void onRegistrationChanged(RegistrationChanged changed) {
        attendanceChanged(changed.event());
    }

    @EventListener
    void onRegistrationCancelled(RegistrationCancelled cancelled) {
        attendanceChanged(cancelled.event());
    }

    @EventListener
    void onFreeNowChanged(FreeNowChanged changed) {
        updates.signalAfterCommit(List.of(LiveSignal.freeNow(changed.event())));
    }

    private void attendanceChanged(EventId event) {
        updates.signalAfterCommit(List.of(LiveSignal.attendance(event)));
    }
}
