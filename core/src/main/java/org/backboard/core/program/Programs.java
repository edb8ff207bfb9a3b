package org.backboard.core.program;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.episode.EpisodeId;

/** Home exercise programs with every version they ever had. */
public interface Programs {

    Optional<Program> find(ProgramId id);

    /** The program of each episode that has one (an episode has at most one). */
    Map<EpisodeId, Program> forEpisodes(Collection<EpisodeId> episodes);

    /** Stores a new program with its first version. */
    Program add(Program program);

    /**
     * Appends the program's latest version, if the stored program is still at {@code program.version()};
     * returns it with its new version.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when someone revised it first
     */
    Program addVersion(Program program);
}
