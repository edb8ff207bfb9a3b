package org.backboard.ui.security;

import java.util.Optional;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;

/** The account behind a name typed at sign-in, if there is one. */
final class TypedName {

    private TypedName() {
    }

    static Optional<ClinicianId> account(Clinicians clinicians, String typed) {
        return Username.parse(typed).flatMap(clinicians::findByUsername).map(Clinician::id);
    }
}
