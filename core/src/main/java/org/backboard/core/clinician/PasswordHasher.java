package org.backboard.core.clinician;

/** Port: one-way password hashing (the application supplies BCrypt). */
public interface PasswordHasher {

    String hash(String rawPassword);
}
