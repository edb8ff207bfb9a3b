package org.backboard.core.patientapp;

import java.time.LocalDate;

/**
 * Accepting an invitation as typed on the patient's phone: the link's token or the printed code,
 * the date of birth that confirms who they are, and the sign-in they choose.
 */
public record Redemption(String token, String code, LocalDate birthDate, String name, String password) {
}
