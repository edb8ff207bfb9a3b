package org.backboard.core.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.patient.PatientId;

/**
 * A home exercise program on an episode: its versions in order. On any day the version in force
 * is the latest one effective by then, so progress is read against what was prescribed that day.
 * {@code version} guards concurrent revisions (it counts saves, not program versions).
 */
public record Program(ProgramId id, EpisodeId episode, PatientId patient, List<ProgramVersion> versions,
                      long version) {

    public Program {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(patient, "patient");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a program starts with its first version");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("versions are numbered 1, 2, 3 ...");
            }
            if (i > 0 && versions.get(i).effectiveFrom().isBefore(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("a version cannot take effect before the one it replaces");
            }
        }
    }

    public static Program start(EpisodeId episode, PatientId patient, LocalDate startDate,
                                List<Prescription> prescriptions, ClinicianId author, Instant at) {
        return new Program(ProgramId.newId(), episode, patient,
                List.of(new ProgramVersion(1, startDate, prescriptions, author, at)), 0);
    }

    /** A new version from {@code effectiveFrom}; every earlier version stays as it was. */
    public Program revise(LocalDate effectiveFrom, List<Prescription> prescriptions, ClinicianId author, Instant at) {
        List<ProgramVersion> next = new ArrayList<>(versions);
        next.add(new ProgramVersion(versions.size() + 1, effectiveFrom, prescriptions, author, at));
        return new Program(id, episode, patient, next, version);
    }

    public LocalDate startDate() {
        return versions.getFirst().effectiveFrom();
    }

    public ProgramVersion latest() {
        return versions.getLast();
    }

    /** Every exercise any version prescribed (a retired one included). */
    public Set<ExerciseId> exercisesNamed() {
        return versions.stream().flatMap(v -> v.prescriptions().stream()).map(Prescription::exercise)
                .collect(Collectors.toSet());
    }

    /** The version in force on a day; empty before the program starts. */
    public Optional<ProgramVersion> inForceOn(LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(day)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }
}
