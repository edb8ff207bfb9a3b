package org.backboard.core.shared;

/** A rejected input value: which form field, and a message the user can act on. */
public record FieldProblem(String field, String message) {
}
