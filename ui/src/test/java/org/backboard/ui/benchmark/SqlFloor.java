package org.backboard.ui.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.backboard.ui.benchmark.SqlRecorder.Binding;
import org.backboard.ui.benchmark.SqlRecorder.Recorded;

/**
 * The floor under a read: the statements it sent (its audit event included), replayed through
 * plain JDBC in one transaction on a connection of its own (no pool, no Spring, no mapping to
 * domain objects), every column of every row read.
 */
final class SqlFloor implements AutoCloseable {

    private final Connection connection;

    SqlFloor(String url, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
    }

    /** Runs the recorded statements once and commits; returns the cells read, so the work cannot be skipped. */
    long replay(List<Recorded> statements) {
        long cells = 0;
        try {
            for (Recorded recorded : statements) {
                try (PreparedStatement statement = connection.prepareStatement(recorded.sql())) {
                    for (Binding binding : recorded.bindings()) {
                        binding.setter().invoke(statement, portable(binding.arguments()));
                    }
                    if (statement.execute()) {
                        cells += read(statement.getResultSet());
                    }
                }
            }
            connection.commit();
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException("replaying the recorded SQL failed", e);
        }
        return cells;
    }

    private static long read(ResultSet rows) throws SQLException {
        long cells = 0;
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    cells += rows.getObject(column) == null ? 0 : 1;
                }
            }
        }
        return cells;
    }

    /** An SQL array belongs to the connection that made it: make it again on this one. */
    private Object[] portable(Object[] arguments) throws SQLException {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof Array array) {
                copy[i] = connection.createArrayOf(array.getBaseTypeName(), (Object[]) array.getArray());
            }
        }
        return copy;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
