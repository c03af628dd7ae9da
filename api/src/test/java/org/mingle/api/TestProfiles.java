package org.mingle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Profiles for API tests, saved through the API itself. */
public final class TestProfiles {

    private TestProfiles() {
    }

    /** Replaces the person's profile with this JSON body, asserting success; returns the saved profile. */
    public static Map<String, Object> save(ApiClient person, String json) {
        var saved = person.putJson("/api/me/profile", json);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.object();
    }
}
