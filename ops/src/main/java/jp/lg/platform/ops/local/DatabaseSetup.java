package jp.lg.platform.ops.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The idempotent SQL that gives a fresh or existing PostgreSQL server the platform's roles and
 * database. Run as a superuser; running it again changes nothing.
 */
final class DatabaseSetup {

    private DatabaseSetup() {}

    /** Creates the owner and application roles and database {@code lg}, connected to db postgres. */
    static void createRolesAndDatabase(Connection postgresDb) throws SQLException {
        createRoleIfMissing(postgresDb, LocalPostgres.OWNER_ROLE, LocalPostgres.OWNER_PASSWORD, "LOGIN");
        createRoleIfMissing(postgresDb, LocalPostgres.APP_ROLE, LocalPostgres.APP_PASSWORD,
                "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
        if (!exists(postgresDb, "SELECT 1 FROM pg_database WHERE datname = ?", LocalPostgres.DATABASE)) {
            execute(postgresDb, "CREATE DATABASE " + LocalPostgres.DATABASE + " OWNER " + LocalPostgres.OWNER_ROLE);
        }
        execute(postgresDb, "GRANT CONNECT, TEMP ON DATABASE " + LocalPostgres.DATABASE + " TO " + LocalPostgres.APP_ROLE);
    }

    /** Lets the application role use schema public, connected to db {@code lg}. */
    static void grantSchemaUsage(Connection lgDb) throws SQLException {
        execute(lgDb, "GRANT USAGE ON SCHEMA public TO " + LocalPostgres.APP_ROLE);
    }

    private static void createRoleIfMissing(Connection db, String role, String password, String attributes)
            throws SQLException {
        if (!exists(db, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            // role names and passwords are our own constants, never user input
            execute(db, "CREATE ROLE " + role + " " + attributes + " PASSWORD '" + password + "'");
        }
    }

    private static boolean exists(Connection db, String sql, String name) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
