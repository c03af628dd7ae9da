package org.mingle.domain.registration;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.Email;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Organizers adding a person by email address (a walk-in, a guest, someone who registered by phone). An address with
 * an account is registered at once by {@link RegistrationService#registerByOrganizer}; for any other address nothing
 * is registered and no seat is held: the organizer is told the person needs an account first.
 */
@Singleton
public class HandRegistrations {

    private final RegistrationService registrations;
    private final AccountService accounts;

    HandRegistrations(RegistrationService registrations, AccountService accounts) {
        this.registrations = registrations;
        this.accounts = accounts;
    }

    /**
     * Registers the address's account for the event, confirmed while seats remain, else on the waitlist.
     *
     * @throws InvalidInputException      for {@code email} when it is missing or no address
     * @throws AlreadyRegisteredException when the person already holds an active registration
     */
    @Transactional
    public HandRegistration add(AccountId actor, EventId event, String emailText) {
        var email = Email.parse(emailText).orElseThrow(() -> InvalidInputException.of("email",
                emailText == null || emailText.isBlank() ? "is required" : "must be a valid email address"));
        return accounts.findByEmail(email.value())
                .<HandRegistration>map(account -> new HandRegistration.Registered(
                        registrations.registerByOrganizer(actor, event, account.id(), account.displayName())))
                .orElseGet(() -> {
                    registrations.requireOrganizer(actor, event);
                    return new HandRegistration.NoAccount(email);
                });
    }
}
