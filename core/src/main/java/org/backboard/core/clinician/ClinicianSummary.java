package org.backboard.core.clinician;

/** Who a clinician is, for pickers and labels. */
public record ClinicianSummary(ClinicianId id, String displayName, Role role) {
}
