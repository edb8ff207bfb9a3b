package org.backboard.ui.csv;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backboard.core.shared.RowSink;

/**
 * A CSV download written row by row as an export use case reads them. The file's headers are set
 * only when the use case begins the sink, after its access check: a refused export sends nothing
 * that looks like a file.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /**
     * @param export runs the use case into the sink it is given (for example
     *               {@code sink -> roster.export(actor, query, sort, sink)})
     */
    public static <T> DownloadHandler of(String fileName, List<String> header, Function<T, List<String>> cells,
                                         Consumer<RowSink<T>> export) {
        return event -> {
            Sink<T> sink = new Sink<>(event, fileName, header, cells);
            export.accept(sink);
            sink.finish();
        };
    }

    private static final class Sink<T> implements RowSink<T> {

        private final DownloadEvent event;
        private final String fileName;
        private final List<String> header;
        private final Function<T, List<String>> cells;
        private SpreadsheetCsv csv;

        Sink(DownloadEvent event, String fileName, List<String> header, Function<T, List<String>> cells) {
            this.event = event;
            this.fileName = fileName;
            this.header = header;
            this.cells = cells;
        }

        @Override
        public void begin() {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=utf-8");
            csv = SpreadsheetCsv.to(event.getOutputStream());
            csv.row(header);
        }

        /** A download the browser has closed cannot be written to: the export stops reading. */
        @Override
        public boolean accept(T row) {
            try {
                csv.row(cells.apply(row));
                return true;
            } catch (UncheckedIOException gone) {
                return false;
            }
        }

        void finish() {
            if (csv != null) {
                try {
                    csv.flush();
                } catch (IOException gone) {
                    // the browser closed the download; there is no one left to tell
                }
            }
        }
    }
}
