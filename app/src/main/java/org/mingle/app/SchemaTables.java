package org.mingle.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mingle's tables in the public schema, each with its stored columns, in an order where every table comes after the
 * tables its foreign keys point to: the order a restore loads them in. Flyway's own history is not among them: a
 * restore recreates it by migrating.
 */
final class SchemaTables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaTables() {
    }

    /** Table name to its columns (generated columns left out: they are computed again), parents first. */
    static Map<String, List<String>> inLoadOrder(Connection connection) throws SQLException {
        var columns = new TreeMap<String, List<String>>();
        try (var statement = connection.prepareStatement("""
                select c.table_name, c.column_name
                  from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
                   and c.table_name <> ?
                 order by c.table_name, c.ordinal_position""")) {
            statement.setString(1, FLYWAY_HISTORY);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        var parents = new TreeMap<String, Set<String>>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     select child.relname, parent.relname
                       from pg_constraint k
                       join pg_class child on child.oid = k.conrelid
                       join pg_class parent on parent.oid = k.confrelid
                      where k.contype = 'f' and k.connamespace = 'public'::regnamespace
                        and child.oid <> parent.oid""")) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), table -> new HashSet<>()).add(rows.getString(2));
            }
        }
        var ordered = new LinkedHashMap<String, List<String>>();
        var visiting = new HashSet<String>();
        for (var table : columns.keySet()) {
            visit(table, columns, parents, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, List<String>> columns, Map<String, Set<String>> parents,
                              Set<String> visiting, Map<String, List<String>> ordered) {
        if (ordered.containsKey(table) || !columns.containsKey(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("Foreign keys form a cycle through " + table
                    + ": a restore could not load the tables one after another");
        }
        for (var parent : new TreeSet<>(parents.getOrDefault(table, Set.of()))) {
            visit(parent, columns, parents, visiting, ordered);
        }
        visiting.remove(table);
        ordered.put(table, columns.get(table));
    }

    /** The highest schema version Flyway applied successfully, or null on a database Flyway never migrated. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var exists = statement.executeQuery("select to_regclass('public." + FLYWAY_HISTORY + "') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return null;
            }
        }
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select version from " + FLYWAY_HISTORY
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Quotes an identifier read from the catalog, so any table or column name is safe in a statement. */
    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaTables::quoted).toList());
    }
}
