package org.backboard.core.care;

import java.util.Optional;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.FlagAlerts;
import org.backboard.core.redflag.FlagRaised;
import org.backboard.core.redflag.FlagRaisedListener;

/**
 * Brings red flags raised anywhere in the clinic to the screens open on this node. The news
 * carries ids only; this names the patient's therapist as stored now, so each screen can apply the
 * caseload rule to its own clinician without a query of its own. What a screen then shows it reads
 * through the usual use cases, with their access checks and audit.
 */
public class FlagAlertService {

    private final FlagAlerts alerts;
    private final Patients patients;

    public FlagAlertService(FlagAlerts alerts, Patients patients) {
        this.alerts = alerts;
        this.patients = patients;
    }

    public void subscribe(FlagRaisedListener listener) {
        alerts.subscribe(listener);
    }

    public void unsubscribe(FlagRaisedListener listener) {
        alerts.unsubscribe(listener);
    }

    /** The flag with its patient's current therapist: one read of the patient, by id. */
    public Optional<FlagAlert> alert(FlagRaised flag) {
        return patients.find(flag.patient()).map(Patient::therapist).map(therapist -> new FlagAlert(flag, therapist));
    }
}
