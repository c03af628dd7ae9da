package org.mingle.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.shell.Translations.plural;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the report writes its numbers and the network's caption. */
class ReportTextsTest {

    @Test
    void sharesAveragesAndCountsReadAsPeopleSayThem() {
        assertThat(EventReportView.percent(0.6667)).isEqualTo("67%");
        assertThat(EventReportView.percent(1.0)).isEqualTo("100%");
        assertThat(EventReportView.percent(0)).isEqualTo("0%");
        assertThat(EventReportView.average(2.67)).isEqualTo("2.7");
        assertThat(EventReportView.average(0)).isEqualTo("0.0");
        assertThat(EventReportView.number(12_345)).isEqualTo("12,345");
        assertThat(plural("reports.figure.round-pairs-detail", 1)).isEqualTo("of 1 pair at a table");
        assertThat(plural("reports.figure.round-pairs-detail", 2)).isEqualTo("of 2 pairs at a table");
        assertThat(EventReportView.people(1)).isEqualTo("1 person");
        assertThat(EventReportView.people(1_500)).isEqualTo("1,500 people");
    }

    @Test
    void theNetworkSaysWhenItShowsOnlyTheMostConnected() {
        assertThat(NetworkSection.caption(200, 1_234)).isEqualTo("Showing the 200 most connected of 1,234 people.");
        assertThat(NetworkSection.caption(6, 6)).isEqualTo("Showing all 6 people who made a connection.");
        assertThat(NetworkSection.caption(1, 1)).isEqualTo("Showing the 1 person who made a connection.");
    }

    @Test
    void aTimeToAnswerReadsInHoursAndMinutes() {
        assertThat(RequestFiguresSection.duration(null)).isEqualTo("–");
        assertThat(RequestFiguresSection.duration(Duration.ofSeconds(29))).isEqualTo("under a minute");
        assertThat(RequestFiguresSection.duration(Duration.ofSeconds(90))).isEqualTo("2 min");
        assertThat(RequestFiguresSection.duration(Duration.ofMinutes(59))).isEqualTo("59 min");
        assertThat(RequestFiguresSection.duration(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
        assertThat(RequestFiguresSection.duration(Duration.ofHours(49))).isEqualTo("49 h 0 min");
    }

    @Test
    void aPersonsLineLeavesOutWhatTheyDoNotShow() {
        assertThat(MyReportView.about("Angel investor", null, " Finance ")).isEqualTo("Angel investor · Finance");
        assertThat(MyReportView.about(null, "", "  ")).isEmpty();
    }
}
