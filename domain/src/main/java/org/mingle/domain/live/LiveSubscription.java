package org.mingle.domain.live;

/** A page's interest in a {@link LiveSignal}; closing it ends the interest. */
@FunctionalInterface
public interface LiveSubscription extends AutoCloseable {

    @Override
    void close();
}
