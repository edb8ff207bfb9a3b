package org.backboard.core.shared;

/**
 * Where an export writes its rows as it reads them, so that a large export is never held in memory.
 * The exporting use case checks access first and calls {@link #begin()} only once it is granted,
 * before any row: a download sets its headers there, so a refused export sends nothing that looks
 * like a file.
 */
public interface RowSink<T> {

    void begin();

    /** Takes one row; false when the receiver has gone (a closed download), and the export stops reading. */
    boolean accept(T row);
}
