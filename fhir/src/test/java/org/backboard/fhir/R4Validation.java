package org.backboard.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's validator against the base R4 specification, offline: the core profiles, the code
 * systems and value sets FHIR itself defines, UCUM, ISO and MIME codes, and Backboard's own code
 * systems and questionnaires (so its codes and questionnaire answers are checked too). SNOMED CT
 * and LOINC are not on this machine, so their codes are not checked (a warning, not an error).
 * Building it takes seconds (on the first validation): a test class makes one and keeps it. HAPI's
 * validator is thread-safe, and so are the tallies here, so several threads may share one.
 */
public final class R4Validation {

    private final FhirValidator validator;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private int validated;

    public R4Validation() {
        FhirContext context = FhirContext.forR4Cached();
        // the chain caches what its members answer (HAPI 8's chain does, CachingValidationSupport is deprecated)
        PrePopulatedValidationSupport backboard = new PrePopulatedValidationSupport(context);
        BackboardCodeSystems.all().forEach(backboard::addCodeSystem);
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                backboard,
                new Questionnaires(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context));
        validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
    }

    /** Validates one resource (a bundle with its entries); collects its errors and counts its warnings. */
    public List<String> validate(IBaseResource resource) {
        List<String> found = check(resource, true);
        synchronized (this) {
            validated++;
            errors.addAll(found);
        }
        return found;
    }

    /** The errors of a resource made wrong on purpose, kept out of the tallies. */
    public List<String> errorsIn(IBaseResource resource) {
        return check(resource, false);
    }

    private List<String> check(IBaseResource resource, boolean tally) {
        ValidationResult result = validator.validateWithResult(resource);
        List<String> found = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            String text = label(resource) + " " + message.getLocationString() + ": " + message.getMessage();
            if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                found.add(text);
            } else if (tally && message.getSeverity() == ResultSeverityEnum.WARNING) {
                synchronized (this) {
                    warnings.merge(kind(message.getMessage()), 1, Integer::sum);
                }
            }
        }
        return found;
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized int validated() {
        return validated;
    }

    /** Warnings by kind (the message up to its first quote, so one unknown system counts as one kind). */
    public synchronized Map<String, Integer> warnings() {
        return Map.copyOf(warnings);
    }

    public synchronized String summary() {
        StringBuilder text = new StringBuilder(validated + " validated (a bundle counts once), "
                + errors.size() + " errors, "
                + warnings.values().stream().mapToInt(Integer::intValue).sum() + " warnings");
        warnings.forEach((kind, count) -> text.append("\n  ").append(count).append(" × ").append(kind));
        return text.toString();
    }

    /** Serves Backboard's Questionnaire definitions by their canonical URL, as the API will. */
    private record Questionnaires(FhirContext context) implements IValidationSupport {

        @Override
        public FhirContext getFhirContext() {
            return context;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            if (type != null && !type.isAssignableFrom(Questionnaire.class)) {
                return null;
            }
            return QuestionnaireDefinitions.all().stream().filter(q -> q.getUrl().equals(url)).findFirst()
                    .map(q -> type == null ? (T) q : type.cast(q)).orElse(null);
        }
    }

    private static String label(IBaseResource resource) {
        return resource.getIdElement().hasIdPart()
                ? resource.fhirType() + "/" + resource.getIdElement().getIdPart() : resource.fhirType();
    }

    private static String kind(String message) {
        int quote = message.indexOf('\'');
        return quote > 0 ? message.substring(0, quote) + "…" : message;
    }
}
