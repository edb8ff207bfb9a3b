package org.backboard.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.backboard.core.bulkexport.EncodedPart;
import org.backboard.core.bulkexport.ExportEncoder;
import org.backboard.core.bulkexport.ExportRequest;
import org.backboard.core.bulkexport.ExportType;
import org.backboard.core.care.CareRecord;
import org.hl7.fhir.r4.model.Resource;

/**
 * A bulk export's batch as NDJSON (one resource per line, UTF-8, as the Bulk Data IG's
 * application/fhir+ndjson), one gzip'ed part per resource type. The resources are exactly those of
 * each patient's {@code $everything} ({@link PatientEverything#resources}), so both ways out of
 * Backboard carry the same mapping. Gzip keeps a batch's parts small in memory and in the database:
 * a batch of 500 patients is some megabytes of JSON and a tenth of that zipped.
 */
public final class NdjsonExportEncoder implements ExportEncoder {

    private final FhirContext context;

    /** {@code context} is an R4 context, shared (it is expensive to make and safe to share). */
    public NdjsonExportEncoder(FhirContext context) {
        this.context = context;
    }

    /**
     * With an R4 context of its own that does not look for references to contain: every reference
     * the mappers write is relative with an id ({@code Patient/{id}}), so there is never one to
     * contain, and the look walks every element of every resource (two fifths of the encoding time
     * in a profile of a whole-clinic export). Its own, because the option is the context's.
     */
    public static NdjsonExportEncoder forR4() {
        FhirContext context = FhirContext.forR4();
        context.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        return new NdjsonExportEncoder(context);
    }

    @Override
    public List<EncodedPart> encode(List<CareRecord> records, ExportRequest request, LocalDate asOf) {
        // a parser is cheap and not meant to be shared between threads: one per batch
        IParser parser = context.newJsonParser().setPrettyPrint(false);
        Map<ExportType, Part> parts = new EnumMap<>(ExportType.class);
        try {
            for (CareRecord record : records) {
                for (Resource resource : PatientEverything.resources(record, asOf)) {
                    ExportType type = ExportType.named(resource.fhirType()).orElseThrow(() ->
                            new IllegalStateException("no export type for " + resource.fhirType()));
                    if (request.types().contains(type) && request.includes(lastUpdated(resource))) {
                        parts.computeIfAbsent(type, Part::new).add(parser, resource);
                    }
                }
            }
            List<EncodedPart> encoded = new ArrayList<>();
            for (Part part : parts.values()) {
                encoded.add(part.finish());
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Instant> lastUpdated(Resource resource) {
        return Optional.ofNullable(resource.getMeta().getLastUpdated()).map(Date::toInstant);
    }

    /** One type's lines of the batch, zipped as they are written. */
    private static final class Part {
        private final ExportType type;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        private final Writer writer;
        private int resources;

        Part(ExportType type) {
            this.type = type;
            try {
                this.writer = new OutputStreamWriter(new GZIPOutputStream(bytes, 64 * 1024), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(IParser parser, Resource resource) throws IOException {
            // the JSON parser writes no line breaks without pretty printing, so each resource is one line
            parser.encodeResourceToWriter(resource, writer);
            writer.write('\n');
            resources++;
        }

        EncodedPart finish() throws IOException {
            writer.close();
            return new EncodedPart(type, bytes.toByteArray(), resources);
        }
    }
}
