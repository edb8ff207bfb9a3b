package org.backboard.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
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
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator against the base R4 specification, offline: the core profiles, the code
 * systems and value sets FHIR itself defines, and UCUM, ISO and MIME codes. SNOMED CT and LOINC
 * are not on this machine, so their codes are not checked (a message of their own, not an error).
 * Building it takes seconds: a test class makes one and keeps it.
 */
public final class R4Validation {

    private final FhirValidator validator;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private int validated;

    public R4Validation() {
        FhirContext context = FhirContext.forR4Cached();
        // the chain caches what its members answer (HAPI 8's chain does, CachingValidationSupport is deprecated)
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context));
        validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
    }

    /** Validates one resource (a bundle with its entries); collects its errors and counts its warnings. */
    public List<String> validate(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        validated++;
        List<String> found = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            String text = resource.fhirType() + "/" + resource.getIdElement().getIdPart() + " "
                    + message.getLocationString() + ": " + message.getMessage();
            if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                found.add(text);
            } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                warnings.merge(kind(message.getMessage()), 1, Integer::sum);
            }
        }
        errors.addAll(found);
        return found;
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public int validated() {
        return validated;
    }

    /** Warnings by kind (the message up to its first quote, so one unknown system counts as one kind). */
    public Map<String, Integer> warnings() {
        return Map.copyOf(warnings);
    }

    public String summary() {
        StringBuilder text = new StringBuilder(validated + " resources validated, " + errors.size() + " errors, "
                + warnings.values().stream().mapToInt(Integer::intValue).sum() + " warnings");
        warnings.forEach((kind, count) -> text.append("\n  ").append(count).append(" × ").append(kind));
        return text.toString();
    }

    private static String kind(String message) {
        int quote = message.indexOf('\'');
        return quote > 0 ? message.substring(0, quote) + "…" : message;
    }
}
