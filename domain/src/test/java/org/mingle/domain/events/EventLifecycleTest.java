package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLifecycleTest {

    @ParameterizedTest
    @CsvSource({"DRAFT,PUBLISHED", "DRAFT,CANCELLED", "PUBLISHED,COMPLETED", "PUBLISHED,CANCELLED"})
    void allowsTheForwardSteps(EventStatus from, EventStatus to) {
        assertThat(EventLifecycle.requireTransition(from, to)).isEqualTo(to);
    }

    @Test
    void refusesEveryOtherStep() {
        var allowed = java.util.Set.of("DRAFT>PUBLISHED", "DRAFT>CANCELLED", "PUBLISHED>COMPLETED", "PUBLISHED>CANCELLED");
        int refused = 0;
        for (var from : EnumSet.allOf(EventStatus.class)) {
            for (var to : EnumSet.allOf(EventStatus.class)) {
                if (!allowed.contains(from + ">" + to)) {
                    assertThat(EventLifecycle.allows(from, to)).as(from + " -> " + to).isFalse();
                    assertThatThrownBy(() -> EventLifecycle.requireTransition(from, to))
                            .isInstanceOf(IllegalEventTransitionException.class)
                            .hasMessage("An event that is " + from + " cannot become " + to + ".");
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(12);
    }
}
