package org.backboard.core.patientapp;

/** Port: the public addresses of the patient app, for links on screen and in mail. */
public interface AppLinks {

    /** The page where an invitation is accepted, carrying its token. */
    String join(String token);

    /** The patient app's Today page. */
    String home();

    /** The page that stops a patient's daily reminder, carrying the mail's one-time token. */
    String stopReminders(String token);
}
