package org.backboard.persistence;

import java.util.Map;

/**
 * One SQL statement and the values bound to its named parameters, made together by a query
 * builder and never changed afterwards: the text carries no values, so it stays one prepared
 * statement however the values vary.
 */
public record SqlQuery(String text, Map<String, Object> parameters) {

    public SqlQuery {
        parameters = Map.copyOf(parameters);
    }
}
