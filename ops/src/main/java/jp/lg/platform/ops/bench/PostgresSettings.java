package jp.lg.platform.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.lg.platform.ops.local.LocalPostgres;

/** Server settings that change what a commit costs, reported beside the figures. */
final class PostgresSettings {

    private PostgresSettings() {}

    /** {@code synchronous_commit} and {@code fsync}, e.g. {@code "off (fsync on)"}. */
    static String synchronousCommit(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, LocalPostgres.OWNER_ROLE,
                LocalPostgres.OWNER_PASSWORD); Statement statement = connection.createStatement()) {
            return show(statement, "synchronous_commit") + " (fsync " + show(statement, "fsync") + ")";
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
