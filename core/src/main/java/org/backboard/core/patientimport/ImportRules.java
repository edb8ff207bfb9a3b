package org.backboard.core.patientimport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Texts;

/**
 * Turns the rows of a file into drafts and checks them. A cell is first read into its type (a date,
 * a choice, a therapist by user name); the drafts then apply the very rules of the patient and
 * episode forms ({@link PatientDraft#problems}, {@link EpisodeDraft#problems}), and each problem
 * lands on the column that holds the field. On top come what only a file can get wrong: an MRN twice
 * in the file, or one the clinic already has.
 * <p>
 * Dates are ISO ({@code yyyy-mm-dd}); an onset may give only the month ({@code yyyy-mm}, kept as
 * approximate). A row that fills any episode column opens an episode: its onset, region and pain
 * type are then needed; the diagnosis defaults to Other (the form's "Other if unsure") and the
 * start to the day of the import.
 */
final class ImportRules {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s/-]+");
    private static final int PROGRESS_EVERY = 500;
    private static final int LINES_NAMED = 5;

    private final LocalDate asOf;
    private final Map<Username, ClinicianId> therapists;

    /** {@code therapists}: the active therapists by user name, the only clinicians a patient can be assigned to. */
    ImportRules(LocalDate asOf, Map<Username, ClinicianId> therapists) {
        this.asOf = asOf;
        this.therapists = Map.copyOf(therapists);
    }

    /** The well-formed MRNs of the rows, to ask the store once which are taken. */
    static Set<Mrn> mrnsOf(Collection<ImportRow> rows) {
        return rows.stream().map(row -> row.cell(ImportColumn.MRN)).filter(mrn -> Mrn.problem(mrn).isEmpty())
                .map(Mrn::of).collect(Collectors.toSet());
    }

    /** Every row checked; {@code taken} are the rows' MRNs that the clinic already has. */
    List<CheckedRow> check(List<ImportRow> rows, Set<Mrn> taken, ImportProgress progress) {
        Map<Mrn, List<Long>> linesByMrn = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            String mrn = row.cell(ImportColumn.MRN);
            if (Mrn.problem(mrn).isEmpty()) {
                linesByMrn.computeIfAbsent(Mrn.of(mrn), key -> new ArrayList<>()).add(row.line());
            }
        }
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            Problems problems = new Problems();
            String mrn = row.cell(ImportColumn.MRN);
            if (Mrn.problem(mrn).isEmpty()) {
                if (taken.contains(Mrn.of(mrn))) {
                    problems.add(ImportColumn.MRN, PatientService.MRN_TAKEN);
                }
                List<Long> lines = linesByMrn.get(Mrn.of(mrn));
                if (lines.size() > 1) {
                    problems.add(ImportColumn.MRN, "The file has this MRN more than once: also on line "
                            + others(lines, row.line()));
                }
            }
            checked.add(check(row, problems));
            if (checked.size() % PROGRESS_EVERY == 0 || checked.size() == rows.size()) {
                progress.reached(ImportProgress.Stage.CHECKING, checked.size(), rows.size());
            }
        }
        return checked;
    }

    private CheckedRow check(ImportRow row, Problems problems) {
        LocalDate bornOn = day(row, ImportColumn.DATE_OF_BIRTH, problems);
        Sex sex = choice(row, ImportColumn.SEX, Sex.class, problems);
        Optional<ClinicianId> therapist = therapist(row, problems);
        PatientDraft patient = new PatientDraft(row.cell(ImportColumn.MRN), row.cell(ImportColumn.GIVEN_NAME),
                row.cell(ImportColumn.FAMILY_NAME), bornOn, sex, row.cell(ImportColumn.PHONE),
                row.cell(ImportColumn.EMAIL), therapist);
        problems.addAll(patient.problems(asOf));
        // a birth date the row gets wrong is already named; the episode's dates are not judged against it
        Optional<EpisodeDraft> episode = episode(row,
                bornOn == null || problems.has(ImportColumn.DATE_OF_BIRTH) ? LocalDate.MIN : bornOn, problems);
        if (row.overflowing()) {
            problems.add(CheckedRow.WHOLE_ROW, "This line has more cells than the first line has columns "
                    + "(a value with the separator in it must be in quotation marks)");
        }
        return new CheckedRow(row, problems.list(), patient, episode);
    }

    private Optional<ClinicianId> therapist(ImportRow row, Problems problems) {
        String cell = row.cell(ImportColumn.THERAPIST);
        if (Texts.isBlank(cell)) {
            problems.add(ImportColumn.THERAPIST, "Give the user name of the therapist who will treat this patient");
            return Optional.empty();
        }
        Optional<ClinicianId> found = Username.parse(cell).map(therapists::get);
        if (found.isEmpty()) {
            problems.add(ImportColumn.THERAPIST, "No active therapist has this user name");
        }
        return found;
    }

    /** An episode when any of its columns is filled; what is missing the episode's own rules name. */
    private Optional<EpisodeDraft> episode(ImportRow row, LocalDate bornOn, Problems problems) {
        boolean given = Arrays.stream(ImportColumn.values())
                .anyMatch(column -> column.ofEpisode() && !Texts.isBlank(row.cell(column)));
        if (!given) {
            return Optional.empty();
        }
        String onsetCell = Texts.strip(row.cell(ImportColumn.ONSET));
        boolean monthOnly = MONTH.matcher(onsetCell).matches();
        LocalDate onset = monthOnly ? month(onsetCell, problems) : day(row, ImportColumn.ONSET, problems);
        BodyRegion region = choice(row, ImportColumn.REGION, BodyRegion.class, problems);
        PainType painType = choice(row, ImportColumn.PAIN_TYPE, PainType.class, problems);
        WorkingDiagnosis diagnosis = Texts.isBlank(row.cell(ImportColumn.DIAGNOSIS)) ? WorkingDiagnosis.OTHER
                : choice(row, ImportColumn.DIAGNOSIS, WorkingDiagnosis.class, problems);
        LocalDate start = Texts.isBlank(row.cell(ImportColumn.EPISODE_START)) ? asOf
                : day(row, ImportColumn.EPISODE_START, problems);
        EpisodeDraft draft = new EpisodeDraft(region, onset, monthOnly ? OnsetPrecision.MONTH : OnsetPrecision.DAY,
                start, diagnosis, painType, Set.of());
        problems.addAll(draft.problems(asOf, bornOn));
        return Optional.of(draft);
    }

    /** A day written yyyy-mm-dd; null when blank (the draft says it is required) or refused here. */
    private static LocalDate day(ImportRow row, ImportColumn column, Problems problems) {
        String cell = Texts.strip(row.cell(column));
        if (cell.isEmpty()) {
            return null;
        }
        if (!DAY.matcher(cell).matches()) {
            problems.add(column, "Write the date as yyyy-mm-dd, for example 1984-03-09");
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException impossible) {
            problems.add(column, "There is no such day as " + cell);
            return null;
        }
    }

    /** A month written yyyy-mm, as its first day (an approximate onset). */
    private static LocalDate month(String cell, Problems problems) {
        try {
            return YearMonth.parse(cell).atDay(1);
        } catch (DateTimeParseException impossible) {
            problems.add(ImportColumn.ONSET, "There is no such month as " + cell);
            return null;
        }
    }

    /** One of the domain's values by its name, in any letter case, with spaces, dashes or slashes for underscores. */
    private static <E extends Enum<E>> E choice(ImportRow row, ImportColumn column, Class<E> type, Problems problems) {
        String cell = row.cell(column);
        if (Texts.isBlank(cell)) {
            return null;
        }
        String name = WORD_BREAKS.matcher(Texts.strip(cell).toUpperCase(Locale.ROOT)).replaceAll("_");
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        problems.add(column, "Use one of: " + Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        return null;
    }

    private static String others(List<Long> lines, long line) {
        List<String> named = lines.stream().filter(other -> other != line).limit(LINES_NAMED).map(String::valueOf)
                .toList();
        long more = lines.size() - 1 - named.size();
        return String.join(", ", named) + (more > 0 ? " and " + more + " more" : "");
    }

    /** A row's problems, one per column (the first found), in the order found. */
    private static final class Problems {

        private final Map<String, String> byField = new LinkedHashMap<>();

        void add(ImportColumn column, String message) {
            add(column.header(), message);
        }

        void add(String field, String message) {
            byField.putIfAbsent(field, message);
        }

        /** A draft's problems, each moved to the column that fills its field. */
        void addAll(List<FieldProblem> drafts) {
            for (FieldProblem problem : drafts) {
                add(ImportColumn.filling(problem.field()).map(ImportColumn::header).orElse(CheckedRow.WHOLE_ROW),
                        problem.message());
            }
        }

        boolean has(ImportColumn column) {
            return byField.containsKey(column.header());
        }

        List<FieldProblem> list() {
            return byField.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList();
        }
    }
}
