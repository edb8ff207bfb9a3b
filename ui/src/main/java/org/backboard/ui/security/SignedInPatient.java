package org.backboard.ui.security;

import java.util.Collection;
import java.util.List;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.PatientActor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a patient signed in to their own app: role PATIENT, never a clinician's. */
public final class SignedInPatient implements UserDetails, CredentialsContainer {

    public static final String ROLE = "PATIENT";

    private final PatientId patient;
    private final String name;
    private String passwordHash;

    SignedInPatient(PatientAccount account) {
        this.patient = account.patient();
        this.name = account.name().value();
        this.passwordHash = account.passwordHash();
    }

    public PatientActor actor() {
        return new PatientActor(patient);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + ROLE));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
