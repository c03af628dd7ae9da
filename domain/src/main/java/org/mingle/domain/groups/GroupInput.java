package org.mingle.domain.groups;

import java.util.List;

/**
 * What someone typed to create or change a group, before validation: any field may be missing or wrong. For a change,
 * a missing ({@code null}) field stays as it is.
 *
 * @param slug the address {@code /g/{slug}}; derived from the name when missing on creation
 * @param city blank or missing: the group meets online only
 */
public record GroupInput(
        String name,
        String slug,
        String description,
        List<String> topics,
        String city,
        Boolean online,
        String joinPolicy,
        String visibility) {
}
