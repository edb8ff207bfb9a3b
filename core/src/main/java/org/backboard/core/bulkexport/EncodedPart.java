package org.backboard.core.bulkexport;

import java.util.Objects;

/**
 * One batch's resources of one type, as gzip'ed NDJSON (one resource per line): a part of that type's
 * file. A type's file is its parts in the order their batches were written.
 */
public record EncodedPart(ExportType type, byte[] gzippedNdjson, int resources) {

    public EncodedPart {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gzippedNdjson, "data");
        if (resources < 1) {
            throw new IllegalArgumentException("a part holds at least one resource");
        }
    }
}
