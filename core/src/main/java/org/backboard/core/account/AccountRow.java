package org.backboard.core.account;

import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Role;

/** A clinician as the user administration lists them: never the password hash. */
public record AccountRow(ClinicianId id, String username, String displayName, Role role, boolean active) {

    static AccountRow of(Clinician clinician) {
        return new AccountRow(clinician.id(), clinician.username().value(), clinician.displayName(),
                clinician.role(), clinician.active());
    }
}
