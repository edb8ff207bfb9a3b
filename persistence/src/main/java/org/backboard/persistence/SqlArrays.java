package org.backboard.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;

/** Enum sets are stored as text[] columns of their names. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static Set<String> names(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
