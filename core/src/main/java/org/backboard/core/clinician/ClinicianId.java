package org.backboard.core.clinician;

import java.util.Objects;
import java.util.UUID;

public record ClinicianId(UUID value) {

    public ClinicianId {
        Objects.requireNonNull(value, "clinician id");
    }

    public static ClinicianId newId() {
        return new ClinicianId(UUID.randomUUID());
    }
}
