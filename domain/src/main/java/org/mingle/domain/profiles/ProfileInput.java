package org.mingle.domain.profiles;

import java.util.List;
import java.util.Map;

/**
 * A profile as typed, before validation: any field may be missing or wrong. {@code displayName} {@code null} keeps the
 * current name; a field missing from {@code visibility} keeps its current visibility; every other missing field is
 * saved empty (this is a replacement, not a patch).
 */
public record ProfileInput(
        String displayName,
        String headline,
        String bio,
        String company,
        String industry,
        String seniority,
        List<String> interests,
        List<String> seeking,
        List<String> offering,
        List<String> links,
        Map<String, String> visibility) {
}
