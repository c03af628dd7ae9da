package org.mingle.api.series;

import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Groups for the series tests, written to the database as the groups feature writes them: that feature's API is
 * built apart from the series, so these tests do not depend on it.
 */
public final class SeriesGroups {

    private SeriesGroups() {
    }

    /** A public group with these members (account id to role: OWNER, ORGANIZER or MEMBER); returns its id. */
    public static String create(DSLContext sql, Map<String, String> roles) {
        var id = UUID.randomUUID();
        sql.execute("insert into groups (id, slug, name, join_policy, visibility) values (?, ?, 'Series group', "
                + "'OPEN', 'PUBLIC')", id, "series-" + id.toString().substring(0, 13));
        roles.forEach((account, role) -> sql.execute(
                "insert into group_members (group_id, account_id, role, status) values (?, ?, ?, 'MEMBER')", id,
                UUID.fromString(account), role));
        return id.toString();
    }

    /** A valid body for creating a weekly series of {@code count} Tuesdays from the given date. */
    public static String weeklyJson(String firstDate, int count, boolean publish) {
        return """
                {"title": "Founders breakfast", "description": "Coffee first.", "venue": "Factory Berlin",
                 "capacity": 40, "timeZone": "Europe/Berlin", "localStartTime": "18:30", "durationMinutes": 120,
                 "rrule": "FREQ=WEEKLY;BYDAY=TU;COUNT=%d", "firstDate": "%s", "publish": %s}
                """.formatted(count, firstDate, publish);
    }
}
