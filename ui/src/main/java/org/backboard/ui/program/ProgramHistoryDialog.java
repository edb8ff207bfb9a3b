package org.backboard.ui.program;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.VersionChanges;
import org.backboard.ui.components.Dates;

/** Every version of a program, newest first, each with what changed from the one before. */
final class ProgramHistoryDialog extends Dialog {


    ProgramHistoryDialog(ProgramOverview overview, ClinicianDirectory clinicians, ZoneId zone) {
        setHeaderTitle("Program history");
        setId("program-history");
        setWidth("min(40em, 95vw)");
        List<ProgramVersion> versions = overview.program().versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            ProgramVersion version = versions.get(i);
            Div entry = new Div();
            entry.addClassName("bb-version");
            entry.setId("program-version-" + version.number());
            entry.add(new H4("Version " + version.number() + " · in force from " + Dates.day(version.effectiveFrom())));
            Paragraph by = new Paragraph("By " + clinicians.displayName(version.author()) + ", "
                    + Dates.moment(version.authoredAt(), zone));
            by.addClassName("bb-muted");
            entry.add(by);
            List<String> lines = i == 0
                    ? version.prescriptions().stream()
                            .map(p -> overview.nameOf(p.exercise()) + ": " + p.dosage().text()).toList()
                    : VersionChanges.between(versions.get(i - 1), version, overview::nameOf);
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            entry.add(i == 0 ? new Paragraph("Started with:") : new Paragraph("Changes:"), list);
            add(entry);
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
