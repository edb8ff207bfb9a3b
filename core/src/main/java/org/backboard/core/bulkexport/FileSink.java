package org.backboard.core.bulkexport;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a download writes an export file. {@link #begin()} is called once access is granted and the
 * file is known to exist, before any byte: a response sets its status and headers there, so a refused
 * download sends nothing that looks like a file.
 */
public interface FileSink {

    OutputStream begin() throws IOException;
}
