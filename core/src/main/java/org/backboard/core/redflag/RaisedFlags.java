package org.backboard.core.redflag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;

/** Port: the raised red flags. Flags are added, and changed only by acknowledgement. */
public interface RaisedFlags {

    Optional<RaisedFlag> find(UUID id);

    /** Every flag of the patient, open and acknowledged, most urgent open ones first, then newest. */
    List<RaisedFlag> forPatient(PatientId patient);

    /** Several patients' flags in one read (a bulk export's batch), open and acknowledged, in no set order. */
    List<RaisedFlag> forPatients(Collection<PatientId> patients);

    /** The signs already open on the episode (at most one open flag per sign). */
    Set<RedFlag> openSigns(EpisodeId episode);

    void add(RaisedFlag flag);

    /**
     * Stores an acknowledgement, returning the flag with its new version.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when the stored version differs
     */
    RaisedFlag save(RaisedFlag flag);
}
