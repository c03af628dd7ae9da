package org.mingle.domain.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mingle.db.jooq.DefaultSchema;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.Goal;
import org.mingle.testsupport.TestDatabases;

/**
 * The generated columns against the schema (decision 24). jOOQ's EnumConverter reads a name that is no constant of
 * the enum as null, so every name a check allows must be a constant; and a column the schema restricts to names or
 * that holds a uuid must carry a domain type, not a String or a UUID.
 */
class GeneratedColumnTypesTest {

    private static final Pattern QUOTED_NAME = Pattern.compile("'([^']*)'::text");
    private static final Map<String, List<String>> allowedNames = new HashMap<>();

    @BeforeAll
    static void readChecks() throws SQLException {
        try (var connection = TestDatabases.create().connect(); var sql = connection.createStatement();
             var checks = sql.executeQuery("""
                     select c.relname || '.' || a.attname, pg_get_constraintdef(k.oid)
                     from pg_constraint k
                     join pg_class c on c.oid = k.conrelid
                     join pg_namespace n on n.oid = c.relnamespace
                     join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                     where k.contype = 'c' and n.nspname = 'public' and cardinality(k.conkey) = 1
                       and pg_get_constraintdef(k.oid) ~ '(= ANY \\(|<@ )ARRAY\\[''' """)) {
            while (checks.next()) {
                var names = new ArrayList<String>();
                var matcher = QUOTED_NAME.matcher(checks.getString(2));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
                allowedNames.put(checks.getString(1), names);
            }
        }
    }

    @Test
    void everyNameACheckAllowsIsAConstantOfTheColumnsEnum() {
        var problems = new ArrayList<String>();
        allowedNames.forEach((column, names) -> {
            var field = field(column);
            var enumType = enumType(field);
            if (enumType == null) {
                problems.add(column + " holds " + field.getType().getSimpleName() + ", not an enum");
                return;
            }
            var constants = Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .toList();
            names.stream().filter(name -> !constants.contains(name))
                    .forEach(name -> problems.add(column + " allows " + name + ", which " + enumType.getSimpleName()
                            + " lacks"));
        });

        assertThat(allowedNames).as("the schema's name lists were read").containsKeys("events.status",
                "profiles.seeking");
        assertThat(problems).isEmpty();
    }

    @Test
    void noColumnHoldsAPlainUuidButTheAuditLogsEventWhatAMailWasSentForAndAReportsSubject() {
        var plainUuids = columns().stream().filter(field -> field.getType() == UUID.class)
                .map(field -> tableOf(field) + "." + field.getName()).toList();

        assertThat(plainUuids).containsExactlyInAnyOrder("audit_log.event_id", "outgoing_mail.reference",
                "notifications.reference", "content_reports.subject_id");
    }

    @Test
    void idsAndEnumArraysComeOutTyped() {
        assertThat(field("events.id").getType()).isEqualTo(EventId.class);
        assertThat(field("profiles.offering").getType()).isEqualTo(Goal[].class);
    }

    private static Class<?> enumType(Field<?> field) {
        Class<?> type = field.getType().isArray() ? field.getType().getComponentType() : field.getType();
        return type.isEnum() ? type : null;
    }

    private static Field<?> field(String tableDotColumn) {
        return columns().stream().filter(field -> (tableOf(field) + "." + field.getName()).equals(tableDotColumn))
                .findFirst().orElseThrow(() -> new AssertionError("no generated column " + tableDotColumn));
    }

    private static List<Field<?>> columns() {
        var columns = new ArrayList<Field<?>>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            columns.addAll(Arrays.asList(table.fields()));
        }
        return columns;
    }

    private static String tableOf(Field<?> field) {
        return ((org.jooq.TableField<?, ?>) field).getTable().getName();
    }
}
