package org.backboard.ui.care;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Set;
import org.backboard.core.clinician.Actor;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.RiskFactor;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.RedFlag;
import org.backboard.ui.components.FormDialog;

/** Opens an episode of care (with the intake red-flag screen) or corrects one's intake details. */
final class EpisodeDialog {

    private final Select<BodyRegion> region = new Select<>();
    private final DatePicker onset = new DatePicker("Symptom onset");
    private final RadioButtonGroup<OnsetPrecision> precision = new RadioButtonGroup<>("Onset is");
    private final DatePicker start = new DatePicker("Episode start");
    private final Select<WorkingDiagnosis> diagnosis = new Select<>();
    private final Select<PainType> painType = new Select<>();
    private final CheckboxGroup<RiskFactor> risks = new CheckboxGroup<>("Risk factors at intake");
    private final CheckboxGroup<RedFlag> intakeFlags = RedFlagQuestions.checkboxes(
            "Red-flag screen: tick every \"yes\"", "episode-intake-flags");

    private EpisodeDialog(LocalDate today) {
        region.setLabel("Body region");
        region.setItems(BodyRegion.values());
        region.setItemLabelGenerator(BodyRegion::label);
        region.setId("episode-region");
        onset.setMax(today);
        onset.setHelperText("For an approximate onset pick any day of the month");
        onset.setId("episode-onset");
        precision.setItems(OnsetPrecision.values());
        precision.setItemLabelGenerator(p -> p == OnsetPrecision.DAY ? "Exact day" : "Approximate (month)");
        precision.setValue(OnsetPrecision.DAY);
        start.setMax(today);
        start.setValue(today);
        start.setId("episode-start");
        diagnosis.setLabel("Working diagnosis");
        diagnosis.setItems(WorkingDiagnosis.values());
        diagnosis.setItemLabelGenerator(WorkingDiagnosis::label);
        diagnosis.setId("episode-diagnosis");
        painType.setLabel("Pain type");
        painType.setItems(PainType.values());
        painType.setItemLabelGenerator(PainType::label);
        painType.setId("episode-pain-type");
        risks.setItems(RiskFactor.values());
        risks.setItemLabelGenerator(RiskFactor::label);
        risks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    }

    static FormDialog forNew(EpisodeService episodes, Actor actor, PatientId patient, LocalDate today,
                             Runnable onSaved) {
        EpisodeDialog form = new EpisodeDialog(today);
        FormDialog dialog = form.dialog("Open an episode of care", "episode-dialog", "Open episode", true);
        dialog.onSave(() -> episodes.open(actor, patient, form.draft(), Set.copyOf(form.intakeFlags.getValue())),
                onSaved);
        return dialog;
    }

    static FormDialog forEdit(EpisodeService episodes, Actor actor, Episode episode, LocalDate today,
                              Runnable onSaved) {
        EpisodeDialog form = new EpisodeDialog(today);
        form.fill(episode.details());
        FormDialog dialog = form.dialog("Edit episode", "episode-dialog", "Save", false);
        dialog.onSave(() -> episodes.edit(actor, episode.id(), episode.version(), form.draft()), onSaved);
        return dialog;
    }

    private FormDialog dialog(String title, String id, String saveLabel, boolean screen) {
        FormDialog dialog = new FormDialog(title, id, saveLabel);
        FormLayout layout = new FormLayout(region, onset, precision, start, diagnosis, painType);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        dialog.add(layout, risks);
        if (screen) {
            dialog.add(intakeFlags);
        }
        dialog.field("region", region);
        dialog.field("onsetDate", onset);
        dialog.field("startDate", start);
        dialog.field("diagnosis", diagnosis);
        dialog.field("painType", painType);
        return dialog;
    }

    private void fill(EpisodeDetails details) {
        region.setValue(details.region());
        onset.setValue(details.onset().date());
        precision.setValue(details.onset().precision());
        start.setValue(details.startDate());
        diagnosis.setValue(details.diagnosis());
        painType.setValue(details.painType());
        risks.setValue(details.riskFactors());
    }

    private EpisodeDraft draft() {
        return new EpisodeDraft(region.getValue(), onset.getValue(), precision.getValue(), start.getValue(),
                diagnosis.getValue(), painType.getValue(), Set.copyOf(risks.getValue()));
    }
}
