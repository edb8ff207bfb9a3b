package org.backboard.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.backboard.core.exercise.ExerciseId;

/** What changed from one program version to the next, in words a therapist reads in the history. */
public final class VersionChanges {

    private VersionChanges() {
    }

    public static List<String> between(ProgramVersion before, ProgramVersion after, Function<ExerciseId, String> names) {
        List<String> changes = new ArrayList<>();
        for (Prescription now : after.prescriptions()) {
            String name = names.apply(now.exercise());
            Optional<Prescription> was = before.prescriptionOf(now.exercise());
            if (was.isEmpty()) {
                changes.add("Added " + name + ": " + now.dosage().text());
                continue;
            }
            if (!was.get().dosage().equals(now.dosage())) {
                changes.add(name + ": " + was.get().dosage().text() + " → " + now.dosage().text());
            }
            if (!was.get().notes().equals(now.notes())) {
                changes.add(name + ": notes " + (now.notes().isEmpty() ? "removed" : "now \"" + now.notes() + "\""));
            }
        }
        for (Prescription old : before.prescriptions()) {
            if (!after.prescribes(old.exercise())) {
                changes.add("Removed " + names.apply(old.exercise()));
            }
        }
        return changes;
    }
}
