package org.backboard.core.bulkexport;

import java.time.LocalDate;
import java.util.List;
import org.backboard.core.care.CareRecord;

/** Port: turns a batch of care records into the parts of the export's files (the fhir module's NDJSON writer). */
public interface ExportEncoder {

    /**
     * The batch's resources of the request's types changed since its {@code _since}, one part per type
     * that has any, with the clinical rules read as of {@code asOf}.
     */
    List<EncodedPart> encode(List<CareRecord> records, ExportRequest request, LocalDate asOf);
}
