package org.backboard.ui.worklist;

import com.vaadin.flow.component.UI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.care.FlagAlert;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.Tier;
import org.backboard.core.worklist.PatientRef;
import org.backboard.core.worklist.WorkItem;
import org.backboard.ui.alert.FlagNotice;
import org.backboard.ui.patient.PatientView;

/**
 * What the open worklist says when flags arrive: one notice per patient with new flags on the
 * list, naming them as the list itself does (this clinician may see them) with their warning signs
 * and a way to open them. A flag told twice, or already acknowledged, is no longer new and says
 * nothing. A lead looking at one therapist's list hears that a flag came up on another caseload.
 */
final class NewFlagNotices {

    private NewFlagNotices() {
    }

    static void announce(List<FlagAlert> alerts, Set<UUID> shownBefore, List<WorkItem> listed,
                         Optional<ClinicianId> oneTherapistShown) {
        Set<PatientId> alerted = alerts.stream().map(FlagAlert::patient).collect(Collectors.toSet());
        Map<PatientRef, List<WorkItem>> news = listed.stream()
                .filter(item -> item.isRedFlag() && alerted.contains(item.patient().id())
                        && !shownBefore.contains(item.flag().orElseThrow()))
                .collect(Collectors.groupingBy(WorkItem::patient, LinkedHashMap::new, Collectors.toList()));
        news.forEach((patient, flags) -> {
            Tier tier = mostUrgent(alerts.stream().filter(alert -> alert.patient().equals(patient.id())).toList());
            FlagNotice.show(tier, "New " + words(tier) + " red flag", patient.name() + ": "
                            + flags.stream().map(WorkItem::reason).collect(Collectors.joining("; ")),
                    "Open patient", () -> UI.getCurrent().navigate(PatientView.class,
                            PatientView.parametersFor(patient.id())));
        });
        oneTherapistShown.ifPresent(shown -> {
            List<FlagAlert> elsewhere = alerts.stream().filter(alert -> !alert.therapist().equals(shown)).toList();
            if (!elsewhere.isEmpty()) {
                Tier tier = mostUrgent(elsewhere);
                FlagNotice.show(tier, "New " + words(tier) + " red flag on another caseload",
                        "Clear the therapist filter to see it.");
            }
        });
    }

    private static Tier mostUrgent(List<FlagAlert> alerts) {
        return alerts.stream().map(FlagAlert::tier).min(Comparator.naturalOrder()).orElse(Tier.REVIEW);
    }

    private static String words(Tier tier) {
        return tier.label().toLowerCase(Locale.ENGLISH);
    }
}
