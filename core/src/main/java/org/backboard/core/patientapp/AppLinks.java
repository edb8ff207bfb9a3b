package org.backboard.core.patientapp;

/** Port: the public addresses of the patient app, for links on screen and in mail. */
public interface AppLinks {

    /** The page where an invitation is accepted, carrying its token. */
    String join(String token);
}
