package org.backboard.ui.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.Measurement;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeId;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.symptom.CheckIn;

/**
 * The invented clinic's questionnaires: most episodes screened with STarT Back and scored on the
 * Oswestry at intake, the Oswestry again about every 28 days (now and then late, so the worklist
 * has reassessments due), tracking the pain the timeline shows; a few with a PSFS.
 */
final class DemoOutcomes {

    private static final String[] ACTIVITIES = {"Gardening", "Lifting a child", "Driving for an hour",
        "Sitting through a film", "Running", "Carrying shopping", "Getting out of bed"};

    private DemoOutcomes() {
    }

    static List<OutcomeAdministration> forEpisode(Random random, int number, Episode episode, List<CheckIn> timeline,
                                                  LocalDate lastDay, ZoneId zone) {
        List<OutcomeAdministration> taken = new ArrayList<>();
        if (random.nextInt(100) >= 85 || timeline.isEmpty()) {
            return taken;
        }
        LocalDate start = episode.details().startDate();
        int baselinePain = timeline.getFirst().pain().orElseThrow().value(); // the demo scores every check-in
        taken.add(administration(number, taken.size(), episode, start, startBack(random, baselinePain), zone));
        for (LocalDate day = start; !day.isAfter(lastDay); day = day.plusDays(Reassessment.ODI_EVERY_DAYS)) {
            // about one reassessment in eight is missed or late
            if (day.equals(start) || random.nextInt(8) > 0) {
                taken.add(administration(number, taken.size(), episode, day, odi(random, painOn(timeline, day, zone)),
                        zone));
            }
        }
        if (random.nextInt(100) < 20) {
            List<PsfsAnswers.Activity> first = psfs(random, baselinePain, null);
            taken.add(administration(number, taken.size(), episode, start, new PsfsAnswers(first), zone));
            LocalDate later = lastDay.minusDays(random.nextInt(7));
            if (later.isAfter(start.plusDays(20))) {
                taken.add(administration(number, taken.size(), episode, later,
                        new PsfsAnswers(psfs(random, painOn(timeline, later, zone), first)), zone));
            }
        }
        return taken;
    }

    private static int painOn(List<CheckIn> timeline, LocalDate day, ZoneId zone) {
        int pain = timeline.getFirst().pain().orElseThrow().value();
        for (CheckIn checkIn : timeline) {
            if (LocalDate.ofInstant(checkIn.takenAt(), zone).isAfter(day)) {
                break;
            }
            pain = checkIn.pain().orElseThrow().value();
        }
        return pain;
    }

    /** Disability tracks pain loosely: about six ODI points a pain point, give or take. */
    private static OdiAnswers odi(Random random, int pain) {
        int percent = Math.clamp(pain * 6L + random.nextInt(15) - 5, 0, 100);
        int points = Math.round(percent / 2f);
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        OswestrySection[] sections = OswestrySection.values();
        for (int i = 0; i < sections.length; i++) {
            int share = Math.min(5, Math.round(points / (float) (sections.length - i)));
            answers.put(sections[i], share);
            points -= share;
        }
        if (random.nextInt(100) < 30) {
            answers.remove(OswestrySection.SEX_LIFE); // the section patients most often leave blank
        }
        return new OdiAnswers(answers);
    }

    private static StartBackAnswers startBack(Random random, int pain) {
        Set<StartBackItem> agreed = EnumSet.noneOf(StartBackItem.class);
        for (StartBackItem item : StartBackItem.values()) {
            if (random.nextInt(10) < (item.psychosocial() ? pain / 2 : 2 + pain / 3)) {
                agreed.add(item);
            }
        }
        Bothersomeness[] levels = Bothersomeness.values();
        return new StartBackAnswers(agreed, levels[Math.clamp(pain / 2 - 1 + random.nextInt(2), 0, levels.length - 1)]);
    }

    private static List<PsfsAnswers.Activity> psfs(Random random, int pain, List<PsfsAnswers.Activity> earlier) {
        List<PsfsAnswers.Activity> activities = new ArrayList<>();
        int count = earlier == null ? 3 + random.nextInt(3) : earlier.size();
        for (int i = 0; i < count; i++) {
            String name = earlier == null ? ACTIVITIES[(i * 3 + random.nextInt(3)) % ACTIVITIES.length]
                    : earlier.get(i).name();
            if (activities.stream().anyMatch(a -> a.name().equals(name))) {
                continue;
            }
            activities.add(new PsfsAnswers.Activity(name, Math.clamp(10 - pain + random.nextInt(3) - 1, 0, 10)));
        }
        while (activities.size() < PsfsAnswers.MIN_ACTIVITIES) {
            activities.add(new PsfsAnswers.Activity("Walking " + (activities.size() + 1) + " km",
                    Math.clamp(10 - pain, 0, 10)));
        }
        return activities;
    }

    private static OutcomeAdministration administration(int number, int index, Episode episode, LocalDate day,
                                                        Measurement measurement, ZoneId zone) {
        UUID id = UUID.nameUUIDFromBytes(("backboard-demo-outcome:" + episode.id().value() + ":" + index)
                .getBytes(StandardCharsets.UTF_8));
        return new OutcomeAdministration(new OutcomeId(id), episode.id(), episode.patient(), day, measurement,
                episode.therapist(), day.atTime(10, 0).atZone(zone).toInstant());
    }
}
