package org.backboard.core.patientapp;

import java.util.Optional;
import org.backboard.core.patient.PatientId;

/** Port: invitations to the patient app, looked up by the hashes of their secrets. */
public interface Invitations {

    void add(Invitation invitation);

    /** Records use, revocation or a wrong date of birth. */
    void update(Invitation invitation);

    Optional<Invitation> byTokenHash(String tokenHash);

    Optional<Invitation> byCodeHash(String codeHash);

    /** The patient's newest invitation, open or not. */
    Optional<Invitation> latest(PatientId patient);
}
