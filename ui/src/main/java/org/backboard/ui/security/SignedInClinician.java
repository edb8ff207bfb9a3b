package org.backboard.ui.security;

import java.util.Collection;
import java.util.List;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal: who is signed in, with their clinician id and role. */
public final class SignedInClinician implements UserDetails, CredentialsContainer {

    private final ClinicianId id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean active;
    private String passwordHash;

    SignedInClinician(Clinician clinician) {
        this.id = clinician.id();
        this.username = clinician.username().value();
        this.displayName = clinician.displayName();
        this.role = clinician.role();
        this.active = clinician.active();
        this.passwordHash = clinician.passwordHash();
    }

    public Actor actor() {
        return new Actor(id, role);
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
