package org.backboard.persistence;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;

/** Names a unique index, so a store can tell which one a refused write hit and say so in core's terms. */
public record UniqueConstraint(String name) {

    /** Whether the database refused the write at this index (through JPA or JDBC alike). */
    public boolean violatedBy(DataIntegrityViolationException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return name.equals(psql.getServerErrorMessage().getConstraint());
            }
        }
        return false;
    }
}
