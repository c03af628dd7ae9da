package org.mingle.domain.demo;

import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.series.SeriesInput;
import org.mingle.domain.series.SeriesService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.SeriesId;

/** A demo group's monthly series: six published evenings on the second Tuesday, created from one rule. */
@Singleton
public class DemoSeries {

    static final String TITLE = "Founders' second Tuesday";
    private static final String ZONE = "Europe/Berlin";

    private final SeriesService series;
    private final DSLContext sql;
    private final Clock clock;

    DemoSeries(SeriesService series, DSLContext sql, Clock clock) {
        this.series = series;
        this.sql = sql;
        this.clock = clock;
    }

    /** Creates the monthly series in the group, which the organizer must run (OWNER or ORGANIZER). */
    public SeriesId seedMonthly(AccountId organizer, GroupId group) {
        var firstDate = LocalDate.now(clock.withZone(ZoneId.of(ZONE))).plusDays(1);
        return series.create(organizer, group, new SeriesInput(TITLE,
                "Once a month: ten-minute pitches, honest feedback and a long table of founders.",
                "Factory Berlin, Rheinsberger Str. 76", 60, ZONE, "18:30", 150, "FREQ=MONTHLY;BYDAY=2TU;COUNT=6",
                firstDate.toString(), true)).series().id();
    }

    /**
     * The series in the first group the organizer runs, if there is one. Until the groups feature seeds its demo
     * group there is none, and nothing is created.
     */
    Optional<SeriesId> seedInAGroupOf(AccountId organizer) {
        return sql.select(GROUP_MEMBERS.GROUP_ID).from(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.ACCOUNT_ID.eq(organizer))
                .and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER))
                .and(GROUP_MEMBERS.ROLE.in(GroupRole.OWNER, GroupRole.ORGANIZER))
                .orderBy(GROUP_MEMBERS.JOINED_AT, GROUP_MEMBERS.GROUP_ID)
                .limit(1)
                .fetchOptional(GROUP_MEMBERS.GROUP_ID)
                .map(group -> seedMonthly(organizer, group));
    }
}
