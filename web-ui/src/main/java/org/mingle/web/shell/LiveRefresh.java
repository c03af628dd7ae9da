package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mingle.domain.live.LiveSignal;
import org.mingle.domain.live.LiveSubscription;
import org.mingle.domain.live.LiveUpdates;

/**
 * Keeps part of a page up to date with what happens elsewhere (another person's click, another door, another
 * instance): while it follows a {@link LiveSignal}, each signal runs the refresh in the page's UI and Push shows the
 * result. Signals that arrive while a refresh waits for the UI are folded into it, so a burst of check-ins redraws a
 * count once per round trip rather than once per check-in.
 */
public final class LiveRefresh {

    private final LiveUpdates live;
    private final Runnable refresh;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private LiveSignal followed;
    private LiveSubscription subscription;

    public LiveRefresh(LiveUpdates live, Runnable refresh) {
        this.live = Objects.requireNonNull(live, "live");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    /** Follows the signal in the UI, instead of whatever it followed before; false if it followed it already. */
    public boolean follow(UI ui, LiveSignal signal) {
        if (signal.equals(followed)) {
            return false;
        }
        stop();
        followed = signal;
        subscription = live.subscribe(signal, () -> refreshIn(ui));
        return true;
    }

    /** Follows nothing (a page detached, a person logged out). */
    public void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        followed = null;
    }

    private void refreshIn(UI ui) {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            ui.access(() -> {
                waiting.set(false);
                refresh.run();
            });
        } catch (UIDetachedException closed) {
            // The page is gone; its detach ends the subscription.
            waiting.set(false);
        }
    }
}
