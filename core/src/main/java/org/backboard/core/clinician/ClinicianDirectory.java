package org.backboard.core.clinician;

import java.util.List;

/** Who works at the clinic, for pickers, filters and labels in the views. */
public class ClinicianDirectory {

    private final Clinicians clinicians;

    public ClinicianDirectory(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    /** Active therapists by name: the clinicians a patient can be assigned to. */
    public List<ClinicianSummary> activeTherapists() {
        return clinicians.activeClinicians().stream().filter(c -> c.role() == Role.THERAPIST).toList();
    }

    /** Everyone who ever had an account, for filters over history. */
    public List<ClinicianSummary> everyone() {
        return clinicians.all().stream()
                .map(c -> new ClinicianSummary(c.id(), c.displayName(), c.role())).toList();
    }

    public String displayName(ClinicianId id) {
        return clinicians.findSummary(id).map(ClinicianSummary::displayName).orElse("—");
    }
}
