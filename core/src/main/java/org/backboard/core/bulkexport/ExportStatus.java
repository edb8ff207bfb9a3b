package org.backboard.core.bulkexport;

import java.util.List;
import java.util.Objects;

/** A job as its status URL answers: still working, failed, or completed with its files (the manifest). */
public record ExportStatus(ExportJob job, List<ExportFile> files) {

    public ExportStatus {
        Objects.requireNonNull(job, "job");
        files = List.copyOf(files);
        if (job.state() != ExportState.COMPLETED && !files.isEmpty()) {
            throw new IllegalArgumentException("only a completed job lists its files");
        }
    }
}
