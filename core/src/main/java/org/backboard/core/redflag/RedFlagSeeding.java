package org.backboard.core.redflag;

import java.util.List;

/** Seeding port: bulk loads of raised flags for the demo and benchmark clinics, kept out of {@link RaisedFlags}. */
public interface RedFlagSeeding {

    void insertAll(List<RaisedFlag> flags);
}
