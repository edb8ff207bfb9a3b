package org.backboard.core.symptom;

import java.util.List;

/** Seeding port: bulk loads of check-ins for the demo and benchmark clinics, kept out of {@link CheckIns}. */
public interface CheckInSeeding {

    void insertAll(List<CheckIn> checkIns);
}
