package org.mingle.domain.profiles;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/** Validation of a profile as typed. Every field is checked at once so a form can mark all problems in one go. */
public final class ProfileRules {

    public static final int HEADLINE_MAX = 120;
    public static final int BIO_MAX = 2000;
    public static final int COMPANY_MAX = 120;
    public static final int INDUSTRY_MAX = 80;
    public static final int INTERESTS_MAX = 30;
    public static final int LINKS_MAX = 5;
    public static final int LINK_MAX = 300;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String GOALS = Arrays.stream(Goal.values()).map(Goal::name).collect(Collectors.joining(", "));
    private static final String SENIORITIES =
            Arrays.stream(Seniority.values()).map(Seniority::name).collect(Collectors.joining(", "));

    private ProfileRules() {
    }

    /**
     * Validates a typed profile into the profile to store.
     *
     * @param current the stored profile: supplies the display name and visibilities the input leaves out
     * @throws InvalidInputException naming every refused field
     */
    public static Profile validate(ProfileInput input, Profile current, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String displayName = current.displayName();
        if (input.displayName() != null) {
            displayName = singleLine(input.displayName());
            if (displayName.isEmpty()) {
                errors.add(FieldError.required("displayName"));
            } else {
                TextRules.check("displayName", displayName, AccountService.DISPLAY_NAME_MAX, Lines.SINGLE, errors);
            }
        }
        String headline = singleLine(input.headline());
        TextRules.check("headline", headline, HEADLINE_MAX, Lines.SINGLE, errors);
        String bio = multiLine(input.bio());
        TextRules.check("bio", bio, BIO_MAX, Lines.MULTIPLE, errors);
        String company = singleLine(input.company());
        TextRules.check("company", company, COMPANY_MAX, Lines.SINGLE, errors);
        String industry = singleLine(input.industry());
        TextRules.check("industry", industry, INDUSTRY_MAX, Lines.SINGLE, errors);
        Seniority seniority = seniority(input.seniority(), errors);
        List<Interest> interests = interests(input.interests(), errors);
        Set<Goal> seeking = goals("seeking", input.seeking(), errors);
        Set<Goal> offering = goals("offering", input.offering(), errors);
        List<String> links = links(input.links(), errors);
        Map<ProfileField, Visibility> visibility = visibility(input.visibility(), current, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Profile(current.accountId(), displayName, headline, bio, company, industry, seniority, interests,
                seeking, offering, links, visibility, now);
    }

    private static String singleLine(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String multiLine(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static Seniority seniority(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Seniority.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("seniority", "must be one of " + SENIORITIES));
            return null;
        }
    }

    private static List<Interest> interests(List<String> typed, List<FieldError> errors) {
        if (typed == null) {
            return List.of();
        }
        Set<Interest> unique = new LinkedHashSet<>();
        for (String text : typed) {
            try {
                unique.add(Interest.of(text));
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.errors());
                return List.of();
            }
        }
        if (unique.size() > INTERESTS_MAX) {
            errors.add(new FieldError("interests", "must be at most " + INTERESTS_MAX + " different interests"));
        }
        return List.copyOf(unique);
    }

    private static Set<Goal> goals(String field, List<String> typed, List<FieldError> errors) {
        EnumSet<Goal> goals = EnumSet.noneOf(Goal.class);
        if (typed == null) {
            return goals;
        }
        for (String text : typed) {
            try {
                goals.add(Goal.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError(field, "must contain only " + GOALS));
                return goals;
            }
        }
        return goals;
    }

    private static List<String> links(List<String> typed, List<FieldError> errors) {
        if (typed == null) {
            return List.of();
        }
        Set<String> links = new LinkedHashSet<>();
        for (String text : typed) {
            String link = text == null ? "" : text.strip();
            if (link.isEmpty()) {
                continue;
            }
            if (TextRules.length(link) > LINK_MAX) {
                errors.add(new FieldError("links", "must be at most " + LINK_MAX + " characters each"));
                return List.of();
            }
            if (!isWebAddress(link)) {
                errors.add(new FieldError("links", "must be web addresses starting with http:// or https://"));
                return List.of();
            }
            links.add(link);
        }
        if (links.size() > LINKS_MAX) {
            errors.add(new FieldError("links", "must be at most " + LINKS_MAX + " links"));
        }
        return List.copyOf(links);
    }

    /** An absolute http or https address with a host: no {@code javascript:}, {@code data:} or relative paths. */
    static boolean isWebAddress(String text) {
        if (WHITESPACE.matcher(text).find() || TextRules.characterProblem(text, Lines.SINGLE).isPresent()) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static Map<ProfileField, Visibility> visibility(Map<String, String> typed, Profile current,
                                                            List<FieldError> errors) {
        EnumMap<ProfileField, Visibility> visibility = new EnumMap<>(current.visibility());
        if (typed == null) {
            return visibility;
        }
        for (Map.Entry<String, String> entry : typed.entrySet()) {
            var field = ProfileField.fromKey(entry.getKey());
            if (field.isEmpty()) {
                errors.add(new FieldError("visibility." + entry.getKey(), "is not a profile field"));
                continue;
            }
            Visibility chosen = Visibility.parse(entry.getValue());
            if (chosen == null) {
                errors.add(new FieldError("visibility." + field.get().key(),
                        "must be PUBLIC, ATTENDEES, CONNECTIONS or PRIVATE"));
            } else {
                visibility.put(field.get(), chosen);
            }
        }
        return visibility;
    }
}
