package org.backboard.core.worklist;

import org.backboard.core.redflag.RaisedFlag;

/** An open red flag with the patient it was raised for. */
public record FlagOnCaseload(RaisedFlag flag, PatientRef patient) {
}
