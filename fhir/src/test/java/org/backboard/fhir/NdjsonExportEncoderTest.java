package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.backboard.core.bulkexport.EncodedPart;
import org.backboard.core.bulkexport.ExportRequest;
import org.backboard.core.bulkexport.ExportScope;
import org.backboard.core.bulkexport.ExportType;
import org.backboard.core.care.CareRecord;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class NdjsonExportEncoderTest {

    private static final FhirContext R4 = FhirContext.forR4();
    private final NdjsonExportEncoder encoder = NdjsonExportEncoder.forR4();
    private final CareRecord record = SampleRecord.careRecord();

    @Test
    void eachTypeIsOnePartOfValidResourcesOnePerLineTheSameAsEverything() {
        List<EncodedPart> parts = encoder.encode(List.of(record, record), ExportRequest.everything(ExportScope.wholeClinic()),
                SampleRecord.TODAY);

        Map<String, Long> expected = PatientEverything.resources(record, SampleRecord.TODAY).stream()
                .collect(Collectors.groupingBy(Resource::fhirType, Collectors.counting()));
        R4Validation validation = new R4Validation();
        for (EncodedPart part : parts) {
            List<String> lines = lines(part);
            assertThat(lines).hasSize(part.resources());
            assertThat((long) part.resources()).as(part.type().fhirName()).isEqualTo(2 * expected.get(part.type().fhirName()));
            for (String line : lines) {
                IBaseResource resource = R4.newJsonParser().parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(part.type().fhirName());
                validation.validate(resource);
            }
        }
        assertThat(parts).extracting(EncodedPart::type).containsExactlyElementsOf(EnumSet.allOf(ExportType.class));
        assertThat(validation.errors()).isEmpty();
    }

    @Test
    void onlyTheTypesAsked() {
        ExportRequest patientsAndFlags = new ExportRequest(ExportScope.wholeClinic(),
                Set.of(ExportType.PATIENT, ExportType.FLAG), Optional.empty());

        List<EncodedPart> parts = encoder.encode(List.of(record), patientsAndFlags, SampleRecord.TODAY);

        assertThat(parts).extracting(EncodedPart::type).containsExactly(ExportType.PATIENT, ExportType.FLAG);
        assertThat(parts).extracting(EncodedPart::resources).containsExactly(1, 2);
    }

    @Test
    void sinceKeepsWhatChangedAfterItAndWhatHasNoChangeTime() {
        // after every recorded moment of the sample: only episodes and conditions (no change time) remain
        ExportRequest since = new ExportRequest(ExportScope.wholeClinic(), EnumSet.allOf(ExportType.class),
                Optional.of(SampleRecord.NOW.plusSeconds(365L * 24 * 3600)));

        List<EncodedPart> parts = encoder.encode(List.of(record), since, SampleRecord.TODAY);

        assertThat(parts).extracting(EncodedPart::type)
                .containsExactly(ExportType.EPISODE_OF_CARE, ExportType.CONDITION);
    }

    @Test
    void aBatchWithNothingToWriteHasNoParts() {
        assertThat(encoder.encode(List.of(), ExportRequest.everything(ExportScope.wholeClinic()), SampleRecord.TODAY))
                .isEmpty();
    }

    static List<String> lines(EncodedPart part) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(part.gzippedNdjson()))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).endsWith("\n");
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
