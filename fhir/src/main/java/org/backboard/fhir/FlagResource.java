package org.backboard.fhir;

import java.util.Date;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.RaisedFlag;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;

/**
 * A raised red flag as FHIR Flag: the warning sign and its tier in Backboard's own code systems,
 * active until a clinician acknowledges it; the acknowledgement (action, when) in Backboard's
 * extension (docs/fhir-mapping.md, "Flag"). The acknowledgement's note is free text a clinician
 * wrote about the patient and stays in Backboard's record.
 */
public final class FlagResource {

    private static final String FLAG_CATEGORIES = "http://terminology.hl7.org/CodeSystem/flag-category";

    private FlagResource() {
    }

    public static Flag of(RaisedFlag raised) {
        Flag resource = new Flag();
        resource.setId(raised.id().toString());
        resource.getMeta().setLastUpdated(Date.from(
                raised.acknowledgement().map(Acknowledgement::at).orElse(raised.raisedAt())));
        resource.setStatus(raised.isOpen() ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        resource.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORIES, "clinical", "Clinical")));
        Coding tier = new Coding(BackboardSystems.RED_FLAG_TIER, BackboardSystems.code(raised.tier()),
                raised.tier().label());
        resource.addCategory(new CodeableConcept(tier).setText(raised.tier().label() + ": " + raised.tier().meaning()));
        Coding sign = new Coding(BackboardSystems.RED_FLAG, BackboardSystems.code(raised.sign()),
                raised.sign().warningSign());
        resource.setCode(new CodeableConcept(sign).setText(raised.sign().warningSign()));
        resource.setSubject(References.patient(raised.patient()));
        Period period = new Period().setStartElement(FhirDates.instant(raised.raisedAt()));
        raised.acknowledgement().ifPresent(ack -> {
            period.setEndElement(FhirDates.instant(ack.at()));
            resource.addExtension(acknowledgement(ack));
        });
        resource.setPeriod(period);
        return resource;
    }

    static Extension acknowledgement(Acknowledgement ack) {
        Extension extension = new Extension(BackboardSystems.FLAG_ACKNOWLEDGEMENT);
        extension.addExtension("action", new Coding(BackboardSystems.ACKNOWLEDGEMENT_ACTION,
                BackboardSystems.code(ack.action()), ack.action().label()));
        extension.addExtension("at", FhirDates.instant(ack.at()));
        return extension;
    }
}
