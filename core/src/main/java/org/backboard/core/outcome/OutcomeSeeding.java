package org.backboard.core.outcome;

import java.util.List;

/**
 * Seeding port: bulk loads of questionnaires for the demo and benchmark clinics, kept out of
 * {@link OutcomeMeasures}.
 */
public interface OutcomeSeeding {

    void insertAll(List<OutcomeAdministration> administrations);
}
