package org.backboard.persistence.clinician;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.mail.MailAddress;

@Entity
@Table(name = "clinician")
class ClinicianEntity {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "email")
    private String email;

    @Version
    private Long version;

    protected ClinicianEntity() {
    }

    static ClinicianEntity from(Clinician clinician) {
        ClinicianEntity entity = new ClinicianEntity();
        entity.id = clinician.id().value();
        entity.username = clinician.username().value();
        entity.displayName = clinician.displayName();
        entity.passwordHash = clinician.passwordHash();
        entity.role = clinician.role();
        entity.active = clinician.active();
        entity.email = clinician.email().map(MailAddress::value).orElse(null);
        return entity;
    }

    /** A stored clinician as the caller read it, version included, for a merge that checks it. */
    static ClinicianEntity stored(Clinician clinician) {
        ClinicianEntity entity = from(clinician);
        entity.version = clinician.version();
        return entity;
    }

    Clinician toDomain() {
        return new Clinician(new ClinicianId(id), new Username(username), displayName, passwordHash, role, active,
                Optional.ofNullable(email).map(MailAddress::new), version);
    }
}
