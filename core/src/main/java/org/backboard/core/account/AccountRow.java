package org.backboard.core.account;

import java.util.Optional;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Role;
import org.backboard.core.mail.MailAddress;

/**
 * A clinician as the user administration lists them: never the password hash. The version is the
 * one the lead saw, so an edit made from this row meets a change made since as a conflict.
 */
public record AccountRow(ClinicianId id, String username, String displayName, Role role, boolean active,
                         Optional<String> email, long version) {

    static AccountRow of(Clinician clinician) {
        return new AccountRow(clinician.id(), clinician.username().value(), clinician.displayName(),
                clinician.role(), clinician.active(), clinician.email().map(MailAddress::value), clinician.version());
    }
}
