package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.Set;

/**
 * Where to go after logging in or signing up: the page an anonymous visitor asked for, carried in the address as
 * {@code login?continue=events%2Fnew}. Only locations inside the application are followed, never another site, and
 * never the log-in or sign-up pages themselves.
 */
public final class ContinueTarget {

    public static final String PARAMETER = "continue";

    private static final int MAX_LENGTH = 2000;
    private static final Set<String> NOT_TARGETS = Set.of(Routes.LOG_IN, Routes.SIGN_UP);

    private ContinueTarget() {
    }

    /** The query parameters that bring the visitor back to {@code location} afterwards (none for the root). */
    public static QueryParameters queryFor(Location location) {
        String target = location.getPathWithQueryParameters();
        return read(target).isPresent() ? QueryParameters.of(PARAMETER, target) : QueryParameters.empty();
    }

    /** The continue parameter of these query parameters, when it names a location to go to. */
    public static Optional<Location> of(QueryParameters parameters) {
        return parameters.getSingleParameter(PARAMETER).flatMap(ContinueTarget::read);
    }

    /** Passes the continue parameter on, for example from the log-in page to the sign-up page. */
    public static QueryParameters passOn(QueryParameters parameters) {
        return of(parameters).map(location -> QueryParameters.of(PARAMETER, location.getPathWithQueryParameters()))
                .orElse(QueryParameters.empty());
    }

    /** Navigates to the continue target of these parameters, or to the events list when there is none. */
    public static void go(UI ui, QueryParameters parameters) {
        var target = of(parameters);
        if (target.isPresent()) {
            ui.navigate(target.get().getPath(), target.get().getQueryParameters());
        } else {
            ui.navigate("");
        }
    }

    /**
     * The same; with {@code reload}, the browser loads the target anew, so that everything on the page, the frame
     * included, is drawn again (in another language, after signing in).
     */
    public static void go(UI ui, QueryParameters parameters, boolean reload) {
        if (!reload) {
            go(ui, parameters);
            return;
        }
        ui.getPage().setLocation(of(parameters).map(Location::getPathWithQueryParameters)
                .filter(path -> !path.isEmpty()).orElse("./"));
    }

    /** Forwards a navigation to the continue target of these parameters, or to the events list. */
    public static void forward(BeforeEnterEvent enter, QueryParameters parameters) {
        var target = of(parameters);
        if (target.isPresent()) {
            enter.forwardTo(target.get().getPath(), target.get().getQueryParameters());
        } else {
            enter.forwardTo("");
        }
    }

    static Optional<Location> read(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // Relative paths of this application only: no "//host", no scheme, no backslashes or control characters.
        if (text.startsWith("/") || text.contains("\\") || text.contains("://")
                || text.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            var location = new Location(text);
            String first = location.getFirstSegment();
            if (location.getPath().isEmpty() || first.contains(":") || NOT_TARGETS.contains(first)) {
                return Optional.empty();
            }
            return Optional.of(location);
        } catch (InvalidLocationException | IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }
}
