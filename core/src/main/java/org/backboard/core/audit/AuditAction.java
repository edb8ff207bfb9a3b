package org.backboard.core.audit;

/** What happened. Reads and refusals are recorded as well as changes. */
public enum AuditAction {
    PATIENT_VIEWED("Patient viewed"),
    PATIENT_ACCESS_DENIED("Patient access denied"),
    PATIENT_REGISTERED("Patient registered"),
    PATIENT_UPDATED("Patient updated"),
    PATIENT_ARCHIVED("Patient archived"),
    PATIENT_RESTORED("Patient restored"),
    PATIENT_REASSIGNED("Patient reassigned"),
    MRN_REFUSED("MRN refused"),
    CARE_RECORD_VIEWED("Episodes and timeline viewed"),
    EPISODE_OPENED("Episode opened"),
    EPISODE_UPDATED("Episode updated"),
    EPISODE_PUT_ON_HOLD("Episode put on hold"),
    EPISODE_RESUMED("Episode resumed"),
    EPISODE_DISCHARGED("Episode discharged"),
    CHECK_IN_RECORDED("Check-in recorded"),
    RED_FLAG_RAISED("Red flag raised"),
    RED_FLAG_ACKNOWLEDGED("Red flag acknowledged"),
    RED_FLAG_MAILED("Red flag alert mailed to the therapist"),
    PROGRAM_STARTED("Exercise program started"),
    PROGRAM_REVISED("Exercise program revised"),
    PROGRAM_HANDOUT_VIEWED("Exercise handout opened"),
    EXERCISE_SESSION_RECORDED("Exercise session recorded"),
    OUTCOME_RECORDED("Outcome measure recorded"),
    WORKLIST_VIEWED("Worklist viewed"),
    WORK_ITEM_ACKNOWLEDGED("Worklist item acknowledged"),
    CLINIC_OUTCOMES_VIEWED("Clinic outcomes viewed"),
    EXERCISE_ADDED("Library exercise added"),
    EXERCISE_UPDATED("Library exercise updated"),
    EXERCISE_RETIRED("Library exercise retired"),
    EXERCISE_REINSTATED("Library exercise reinstated"),
    TEMPLATE_ADDED("Program template added"),
    TEMPLATE_UPDATED("Program template updated"),
    TEMPLATE_RETIRED("Program template retired"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_LOCKED("Account locked after failed sign-ins"),
    SIGN_OUT("Signed out"),
    CLINICIAN_CREATED("Clinician created"),
    CLINICIAN_PASSWORD_RESET("Password reset"),
    CLINICIAN_DEACTIVATED("Clinician deactivated"),
    CLINICIAN_REACTIVATED("Clinician reactivated"),
    CLINICIAN_ROLE_CHANGED("Role changed"),
    CLINICIAN_EMAIL_CHANGED("Email address changed"),
    AUDIT_EXPORTED("Audit trail exported"),
    ROSTER_EXPORTED("Roster exported"),
    PATIENTS_IMPORTED("Patients imported"),
    PAGE_ACCESS_DENIED("Page access denied"),
    APP_INVITATION_CREATED("App invitation created"),
    APP_INVITATION_REFUSED("App invitation refused"),
    APP_ACCOUNT_OPENED("App account opened"),
    APP_ACCESS_REVOKED("App access revoked"),
    HOME_VIEWED("Own program viewed in the app"),
    PROGRESS_VIEWED("Own progress viewed in the app"),
    QUESTIONNAIRES_VIEWED("Own questionnaires viewed in the app"),
    REMINDER_SET("Daily reminder set"),
    REMINDER_STOPPED("Daily reminder stopped"),
    API_CLIENT_REGISTERED("API client registered"),
    API_CLIENT_REVOKED("API client revoked"),
    API_RECORD_READ("Record read through the API"),
    BULK_EXPORT_STARTED("Bulk export kicked off"),
    RECORD_BULK_EXPORTED("Record exported in bulk"),
    BULK_EXPORT_DOWNLOADED("Bulk export file downloaded"),
    BULK_EXPORT_CANCELLED("Bulk export cancelled or deleted");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
