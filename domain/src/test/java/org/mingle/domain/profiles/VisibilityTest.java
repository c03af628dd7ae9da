package org.mingle.domain.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mingle.domain.shared.AccountId;

class VisibilityTest {

    @ParameterizedTest(name = "{0} field, {1} viewer: {2}")
    @CsvSource({
            "PUBLIC, NONE, true", "PUBLIC, FELLOW_ATTENDEE, true", "PUBLIC, CONNECTION, true", "PUBLIC, SELF, true",
            "ATTENDEES, NONE, false", "ATTENDEES, FELLOW_ATTENDEE, true", "ATTENDEES, CONNECTION, true",
            "ATTENDEES, SELF, true",
            "CONNECTIONS, NONE, false", "CONNECTIONS, FELLOW_ATTENDEE, false", "CONNECTIONS, CONNECTION, true",
            "CONNECTIONS, SELF, true",
            "PRIVATE, NONE, false", "PRIVATE, FELLOW_ATTENDEE, false", "PRIVATE, CONNECTION, false",
            "PRIVATE, SELF, true"})
    void eachLevelIncludesTheNarrowerRelationships(Visibility visibility, Relationship viewer, boolean visible) {
        assertThat(visibility.visibleTo(viewer)).isEqualTo(visible);
    }

    @Test
    void onlyFieldsEveryFellowAttendeeSeesAreUsableForMatching() {
        assertThat(Visibility.PUBLIC.usableForMatching()).isTrue();
        assertThat(Visibility.ATTENDEES.usableForMatching()).isTrue();
        assertThat(Visibility.CONNECTIONS.usableForMatching()).isFalse();
        assertThat(Visibility.PRIVATE.usableForMatching()).isFalse();
    }

    @Test
    void aViewShowsExactlyTheFieldsTheRelationshipAllows() {
        var visibility = new EnumMap<ProfileField, Visibility>(ProfileField.class);
        visibility.put(ProfileField.HEADLINE, Visibility.PUBLIC);
        visibility.put(ProfileField.BIO, Visibility.PRIVATE);
        visibility.put(ProfileField.COMPANY, Visibility.ATTENDEES);
        visibility.put(ProfileField.LINKS, Visibility.CONNECTIONS);
        visibility.put(ProfileField.INTERESTS, Visibility.PRIVATE);
        var profile = new Profile(new AccountId(UUID.randomUUID()), "Ana", "Founder", "Secret bio", "Sunfield",
                "Energy", Seniority.LEAD, List.of(Interest.of("Solar")), Set.of(Goal.INVESTMENT), Set.of(),
                List.of("https://ana.example"), visibility, Instant.EPOCH);

        var stranger = profile.as(Relationship.NONE);
        assertThat(stranger.displayName()).isEqualTo("Ana");
        assertThat(stranger.headline()).isEqualTo("Founder");
        assertThat(stranger.company()).isNull();
        assertThat(stranger.links()).isNull();
        assertThat(stranger.bio()).isNull();

        var attendee = profile.as(Relationship.FELLOW_ATTENDEE);
        assertThat(attendee.company()).isEqualTo("Sunfield");
        assertThat(attendee.industry()).isEqualTo("Energy"); // default ATTENDEES
        assertThat(attendee.links()).isNull();
        assertThat(attendee.interests()).isNull();

        var connection = profile.as(Relationship.CONNECTION);
        assertThat(connection.links()).containsExactly("https://ana.example");
        assertThat(connection.bio()).isNull();

        var self = profile.as(Relationship.SELF);
        assertThat(self.bio()).isEqualTo("Secret bio");
        assertThat(self.interests()).extracting(Interest::display).containsExactly("Solar");
    }

    @Test
    void defaultsShowNetworkingFieldsToAttendeesAndLinksToConnections() {
        var profile = Profile.empty(new AccountId(UUID.randomUUID()), "Ana");
        for (ProfileField field : ProfileField.values()) {
            assertThat(profile.visibilityOf(field)).as(field.key())
                    .isEqualTo(field == ProfileField.LINKS ? Visibility.CONNECTIONS : Visibility.ATTENDEES);
        }
    }
}
