package org.mingle.domain.profiles;

import java.util.List;
import java.util.Set;
import org.mingle.domain.shared.AccountId;

/**
 * A profile as one viewer may see it: a field the owner hides from this viewer is {@code null} (an empty string or
 * list means the owner shows the field but left it empty).
 */
public record ProfileView(
        AccountId accountId,
        String displayName,
        Relationship relationship,
        String headline,
        String bio,
        String company,
        String industry,
        Seniority seniority,
        List<Interest> interests,
        Set<Goal> seeking,
        Set<Goal> offering,
        List<String> links) {
}
