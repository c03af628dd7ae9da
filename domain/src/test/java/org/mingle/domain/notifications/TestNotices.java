package org.mingle.domain.notifications;

import io.micronaut.context.ApplicationContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/** For tests that read notices of registrations, which are written just after the registration commits. */
public final class TestNotices {

    private TestNotices() {
    }

    /** Registers the person and waits for the notices, written just after the registration commits. */
    public static Registration register(ApplicationContext context, AccountId person, EventId event) {
        var registration = context.getBean(RegistrationService.class).register(person, event);
        awaitTold(context);
        return registration;
    }

    /** Waits until the notices of every registration committed so far are written (none when notices are off). */
    public static void awaitTold(ApplicationContext context) {
        context.findBean(RegistrationNotices.class).ifPresent(RegistrationNotices::awaitTold);
    }
}
