package org.mingle.domain.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;

class GroupRulesTest {

    private static GroupInput named(String name) {
        return new GroupInput(name, null, "About us", List.of("Climate", "Tech"), "Berlin", null, null, null);
    }

    @Test
    void aMissingSlugComesFromTheNameWithoutAccentsOrPunctuation() {
        assertThat(GroupRules.slugOf("Zürich Café Founders")).isEqualTo("zurich-cafe-founders");
        assertThat(GroupRules.slugOf("  Große Straße -- AI & ML!  ")).isEqualTo("grosse-strasse-ai-ml");
        assertThat(GroupRules.slugOf("🙂🙂")).isEqualTo("group");
        assertThat(GroupRules.slugOf("a".repeat(59) + " b")).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
        assertThat(GroupRules.validateNew(named("Berlin Climate Tech Circle")).slug())
                .isEqualTo("berlin-climate-tech-circle");
    }

    @Test
    void defaultsAreAnOpenPublicGroupAndNoCityMeansOnline() {
        var details = GroupRules.validateNew(new GroupInput("Remote Rust", null, null, null, " ", null, null, null));
        assertThat(details.joinPolicy()).isEqualTo(JoinPolicy.OPEN);
        assertThat(details.visibility()).isEqualTo(GroupVisibility.PUBLIC);
        assertThat(details.online()).isTrue();
        assertThat(details.city()).isEmpty();
        assertThat(GroupRules.validateNew(named("Berlin circle")).online()).isFalse();
    }

    @Test
    void topicsAreTrimmedAndEachKeptOnceWhateverItsCase() {
        var details = GroupRules.validateNew(new GroupInput("Circle", null, "", List.of(" Climate ", "climate", "AI"),
                "Berlin", null, "approval", "private"));
        assertThat(details.topics()).containsExactly("Climate", "AI");
        assertThat(details.joinPolicy()).isEqualTo(JoinPolicy.APPROVAL);
        assertThat(details.visibility()).isEqualTo(GroupVisibility.PRIVATE);
    }

    @Test
    void namesEveryRefusedFieldAtOnce() {
        var input = new GroupInput(" ", "Not A Slug", "x".repeat(5_001),
                Collections.nCopies(11, "t").stream().map(t -> t + Math.random()).toList(), "c".repeat(101), null,
                "SOMETIMES", "SECRET");
        assertThatThrownBy(() -> GroupRules.validateNew(input)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "slug",
                        "description", "topics", "city", "joinPolicy", "visibility"));
    }

    @Test
    void aChangeKeepsMissingFieldsAndRefusesANewSlug() {
        var current = new Group(GroupId.newId(), "circle", "Circle", "About", List.of("AI"), "Berlin", false,
                JoinPolicy.OPEN, GroupVisibility.PUBLIC, 3, Instant.now());
        var changed = GroupRules.validateChange(current,
                new GroupInput(null, null, "New about", null, null, null, "APPROVAL", null));
        assertThat(changed).isEqualTo(new GroupDetails("Circle", "circle", "New about", List.of("AI"), "Berlin", false,
                JoinPolicy.APPROVAL, GroupVisibility.PUBLIC));
        assertThatThrownBy(() -> GroupRules.validateChange(current,
                new GroupInput(null, "other", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug"));
    }
}
