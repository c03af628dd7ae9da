package org.mingle.domain.notifications;

import io.micronaut.context.ApplicationContext;

/** For tests that read notices of registrations, which are written just after the registration commits. */
public final class TestNotices {

    private TestNotices() {
    }

    /** Waits until the notices of every registration committed so far are written (none when notices are off). */
    public static void awaitTold(ApplicationContext context) {
        context.findBean(RegistrationNotices.class).ifPresent(RegistrationNotices::awaitTold);
    }
}
