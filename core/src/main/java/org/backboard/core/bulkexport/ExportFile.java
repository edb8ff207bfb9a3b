package org.backboard.core.bulkexport;

import java.util.Objects;

/** One file of a finished export, as the manifest lists it: its type and how many resources it holds. */
public record ExportFile(ExportType type, long count) {

    public ExportFile {
        Objects.requireNonNull(type, "type");
        if (count < 1) {
            throw new IllegalArgumentException("a listed file holds at least one resource");
        }
    }
}
