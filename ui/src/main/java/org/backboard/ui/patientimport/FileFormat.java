package org.backboard.ui.patientimport;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.Sex;
import org.backboard.core.patientimport.PatientImportService;

/** What the file must look like, folded away under the upload: the columns, their values and an example. */
final class FileFormat extends Details {

    static final String EXAMPLE = """
            mrn,given_name,family_name,date_of_birth,sex,phone,email,therapist,onset,region,pain_type
            BB-100231,Alex,Okafor,1984-03-09,female,+44 20 7946 0018,alex@example.org,therapist1,2026-09-14,lumbar,mechanical
            BB-100232,Sam,Lindqvist,1979-11-30,male,,,therapist2,,,""";

    FileFormat() {
        setSummaryText("What the file must look like");
        setId("import-format");
        // as wide as the page and no wider: the example's long lines scroll inside it
        setWidthFull();
        UnorderedList columns = new UnorderedList(
                column("mrn", "required: 3-20 letters, digits or dashes, not yet in the clinic"),
                column("given_name, family_name", "required"),
                column("date_of_birth", "required: yyyy-mm-dd"),
                column("sex", "required: " + names(Sex.values())),
                column("phone, email", "optional"),
                column("therapist", "required: the user name of an active therapist"),
                column("onset, region, pain_type", "together, for an open episode: onset yyyy-mm-dd, or yyyy-mm "
                        + "when only the month is known; region " + names(BodyRegion.values()) + "; pain_type "
                        + names(PainType.values())),
                column("diagnosis", "optional, with an episode: " + names(WorkingDiagnosis.values())
                        + " (other when empty)"),
                column("episode_start", "optional, with an episode: yyyy-mm-dd (today when empty)"));
        add(new Paragraph(String.format("Save the list from your spreadsheet as \"CSV UTF-8\", with commas or "
                + "semicolons between values, at most %,d patients per file. The first line names the columns, "
                + "in any order and letter case; other columns are ignored.", PatientImportService.MAX_ROWS)),
                columns, new Paragraph("For example:"), example());
    }

    private static ListItem column(String names, String what) {
        return new ListItem(new Code(names), new Span(" " + what));
    }

    private static Pre example() {
        Pre example = new Pre(EXAMPLE);
        example.addClassName("bb-import-example");
        // its lines scroll sideways on a narrow screen, so a keyboard must be able to reach and scroll it
        example.getElement().setAttribute("tabindex", "0");
        example.getElement().setAttribute("role", "region");
        example.getElement().setAttribute("aria-label", "Example file");
        return example;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
