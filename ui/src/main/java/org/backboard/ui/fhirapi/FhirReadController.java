package org.backboard.ui.fhirapi;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.care.ApiPatientSearch;
import org.backboard.core.care.CareRecord;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.fhir.PatientEverything;
import org.backboard.fhir.PatientResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The read API: reads by id, searches by patient and {@code _lastUpdated}, and
 * {@code Patient/{id}/$everything}. Each call reads through core's access-checked, audited
 * services as the calling client; what the client may not see is answered exactly like what
 * does not exist (404).
 */
@RestController
@RequestMapping("/fhir")
class FhirReadController {

    private static final int DEFAULT_PAGE = 50;

    private final CareRecordService records;
    private final ApiPatientSearch patients;
    private final FhirJson json;
    private final OperationOutcomes outcomes;
    private final Clock clock;
    private final Date started = new Date();

    FhirReadController(CareRecordService records, ApiPatientSearch patients, FhirJson json, OperationOutcomes outcomes,
                       Clock clock) {
        this.records = records;
        this.patients = patients;
        this.json = json;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping("/metadata")
    ResponseEntity<String> metadata() {
        return ok(Capabilities.statement(base(), started));
    }

    @GetMapping("/Patient/{id}/$everything")
    ResponseEntity<String> everything(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters) {
        refuseParameters(parameters, Set.of());
        Optional<CareRecord> record = PatientId.parse(id)
                .flatMap(patient -> records.read(CallingClient.current(), patient, "$everything"));
        return record.map(found -> ok(new PatientEverything(base()).bundle(found, today())))
                .orElseGet(() -> outcomes.notFound("Patient/" + id));
    }

    @GetMapping("/{type}/{id}")
    ResponseEntity<String> read(@PathVariable String type, @PathVariable String id) {
        Optional<FhirResourceType> known = FhirResourceType.named(type);
        if (known.isEmpty()) {
            return unknownType(type);
        }
        // an id not of the type's form is not read at all: no record is opened, nothing audited
        Optional<Resource> found = known.get().recordOf(id)
                .flatMap(record -> records.readHolding(CallingClient.current(), record, type))
                .flatMap(record -> PatientEverything.resources(record, today()).stream()
                        .filter(resource -> resource.fhirType().equals(type)
                                && resource.getIdElement().getIdPart().equals(id))
                        .findFirst());
        return found.map(this::ok).orElseGet(() -> outcomes.notFound(type + "/" + id));
    }

    @GetMapping("/{type}")
    ResponseEntity<String> search(@PathVariable String type, @RequestParam MultiValueMap<String, String> parameters) {
        Optional<FhirResourceType> known = FhirResourceType.named(type);
        if (known.isEmpty()) {
            return unknownType(type);
        }
        LastUpdated lastUpdated = LastUpdated.parse(parameters.getOrDefault("_lastUpdated", List.of()), clock.getZone());
        if (known.get() == FhirResourceType.PATIENT) {
            return searchPatients(parameters, lastUpdated);
        }
        refuseParameters(parameters, known.get().patientParameters());
        List<String> patient = known.get().patientParameters().stream()
                .flatMap(name -> parameters.getOrDefault(name, List.of()).stream()).toList();
        if (patient.size() != 1) {
            return outcomes.badRequest("Search " + type + " by one patient: " + String.join(" or ",
                    known.get().patientParameters().stream().sorted().map(name -> name + "=Patient/{id}").toList()));
        }
        String patientId = patient.getFirst().startsWith("Patient/") ? patient.getFirst().substring(8) : patient.getFirst();
        List<Resource> matches = PatientId.parse(patientId)
                .flatMap(id -> records.read(CallingClient.current(), id, type))
                .map(record -> PatientEverything.resources(record, today()).stream()
                        .filter(resource -> resource.fhirType().equals(type) && lastUpdated.matches(resource))
                        .toList())
                .orElse(List.of());
        return ok(bundle(matches, Optional.empty()));
    }

    private ResponseEntity<String> searchPatients(MultiValueMap<String, String> parameters, LastUpdated lastUpdated) {
        refuseParameters(parameters, Set.of("_count", "_offset"));
        int count = number(parameters.getFirst("_count"), DEFAULT_PAGE, 1, ApiPatientSearch.MAX_PAGE, "_count");
        int offset = number(parameters.getFirst("_offset"), 0, 0, Integer.MAX_VALUE, "_offset");
        List<Patient> page = patients.changedBetween(CallingClient.current(), lastUpdated.from(), lastUpdated.until(),
                offset, count);
        List<Resource> resources = page.stream().<Resource>map(PatientResource::of).toList();
        Optional<String> next = page.size() < count ? Optional.empty()
                : Optional.of(ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("_offset", offset + count).replaceQueryParam("_count", count)
                        .build().toUriString());
        return ok(bundle(resources, next));
    }

    /** Anything else under /fhir: FHIR's not-found, never the app's HTML page. */
    @RequestMapping("/**")
    ResponseEntity<String> unsupported(HttpServletRequest request) {
        return outcomes.notFound(request.getRequestURI());
    }

    private Bundle bundle(List<Resource> resources, Optional<String> next) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        if (next.isEmpty()) {
            bundle.setTotal(resources.size());
        }
        bundle.addLink().setRelation("self").setUrl(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString());
        next.ifPresent(url -> bundle.addLink().setRelation("next").setUrl(url));
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base() + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static void refuseParameters(MultiValueMap<String, String> parameters, Set<String> allowed) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!name.equals("_lastUpdated") && !name.equals("_format") && !allowed.contains(name)) {
                throw new IllegalArgumentException("The search parameter \"" + name.substring(0, Math.min(40, name.length()))
                        + "\" is not supported here; see /fhir/metadata");
            }
        }
    }

    private static int number(String raw, int fallback, int min, int max, String name) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(name + " takes a whole number from " + min + " to " + max);
    }

    private ResponseEntity<String> unknownType(String type) {
        return outcomes.notFound("The resource type " + type.substring(0, Math.min(40, type.length())));
    }

    private ResponseEntity<String> ok(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return ResponseEntity.ok().contentType(FhirJson.FHIR_JSON).body(json.write(resource));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The API's absolute base, as the caller reached it (behind a proxy: with BACKBOARD_FORWARD_HEADERS). */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").build().toUriString();
    }
}
