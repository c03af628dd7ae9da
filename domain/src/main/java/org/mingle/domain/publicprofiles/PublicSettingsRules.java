package org.mingle.domain.publicprofiles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.shared.FieldError;

/** Validation of typed public page settings; every refused field is added to the list, as for the profile. */
public final class PublicSettingsRules {

    private PublicSettingsRules() {
    }

    /**
     * The settings to store, or {@code null} when the input is refused (the reasons are in {@code errors}).
     *
     * @param current the stored settings: supply what the input leaves out
     */
    public static PublicSettings validate(PublicSettingsInput input, PublicSettings current, Instant now,
                                          List<FieldError> errors) {
        Optional<String> handle = current.handle();
        int before = errors.size();
        if (input.handle() != null) {
            String typed = HandleRules.normalise(input.handle());
            if (typed.isEmpty()) {
                handle = Optional.empty();
            } else {
                HandleRules.problem(typed).ifPresent(problem -> errors.add(new FieldError("handle", problem)));
                handle = Optional.of(typed);
            }
        }
        boolean shown = input.publicProfile() == null ? current.shown() : input.publicProfile();
        boolean indexable = input.allowSearchEngines() == null ? current.indexable() : input.allowSearchEngines();
        if (shown && handle.isEmpty()) {
            errors.add(new FieldError("publicProfile", "needs a handle: the page's address is /p/ and the handle"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new PublicSettings(current.accountId(), handle, shown, indexable, now);
    }
}
