package org.mingle.domain.profiles;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.mingle.domain.shared.AccountId;

/**
 * A person's networking profile, valid by construction (see {@link ProfileRules}). Every field has a visibility;
 * {@link #as(Relationship)} is the only way other people get to see it.
 *
 * @param seniority {@code null} when not given
 * @param updatedAt {@code null} while the person never saved their profile
 */
public record Profile(
        AccountId accountId,
        String displayName,
        String headline,
        String bio,
        String company,
        String industry,
        Seniority seniority,
        List<Interest> interests,
        Set<Goal> seeking,
        Set<Goal> offering,
        List<String> links,
        Map<ProfileField, Visibility> visibility,
        Instant updatedAt) {

    public Profile {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(displayName, "displayName");
        headline = Objects.requireNonNullElse(headline, "");
        bio = Objects.requireNonNullElse(bio, "");
        company = Objects.requireNonNullElse(company, "");
        industry = Objects.requireNonNullElse(industry, "");
        interests = List.copyOf(interests);
        seeking = goals(seeking);
        offering = goals(offering);
        links = List.copyOf(links);
        visibility = complete(visibility);
    }

    /** The profile of someone who never saved one: nothing filled in, default visibility. */
    public static Profile empty(AccountId accountId, String displayName) {
        return new Profile(accountId, displayName, "", "", "", "", null, List.of(), Set.of(), Set.of(), List.of(),
                Map.of(), null);
    }

    public Visibility visibilityOf(ProfileField field) {
        return visibility.get(field);
    }

    /** What a viewer standing in this relationship to the owner may see. */
    public ProfileView as(Relationship relationship) {
        Function<ProfileField, Boolean> shown = field -> visibilityOf(field).visibleTo(relationship);
        return new ProfileView(accountId, displayName, relationship,
                shown.apply(ProfileField.HEADLINE) ? headline : null,
                shown.apply(ProfileField.BIO) ? bio : null,
                shown.apply(ProfileField.COMPANY) ? company : null,
                shown.apply(ProfileField.INDUSTRY) ? industry : null,
                shown.apply(ProfileField.SENIORITY) ? seniority : null,
                shown.apply(ProfileField.INTERESTS) ? interests : null,
                shown.apply(ProfileField.SEEKING) ? seeking : null,
                shown.apply(ProfileField.OFFERING) ? offering : null,
                shown.apply(ProfileField.LINKS) ? links : null);
    }

    private static Set<Goal> goals(Collection<Goal> goals) {
        EnumSet<Goal> set = EnumSet.noneOf(Goal.class);
        set.addAll(goals);
        return java.util.Collections.unmodifiableSet(set);
    }

    private static Map<ProfileField, Visibility> complete(Map<ProfileField, Visibility> chosen) {
        EnumMap<ProfileField, Visibility> all = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            all.put(field, Objects.requireNonNullElse(chosen.get(field), field.defaultVisibility()));
        }
        return java.util.Collections.unmodifiableMap(all);
    }
}
