package org.backboard.ui.care;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.backboard.core.care.CareRecord;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.patient.Patient;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.LostRace;

/**
 * The clinical half of the patient page: the red-flag banner (placed at the top by the page) and
 * the episodes of care. Every change reloads the page, so what is shown is what was saved.
 */
public final class CarePanel extends Div {

    private final Context context;
    private final RedFlagBanner banner;

    public CarePanel(CareServices services, Actor actor, CareRecord record, Runnable reload) {
        Patient patient = record.patient();
        this.context = new Context(services, actor, reload, patient.isArchived());
        addClassName("bb-care");
        setWidthFull();
        banner = new RedFlagBanner(record.openFlags(), context.zone(), context::acknowledge);

        H2 heading = new H2("Episodes of care");
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (!patient.isArchived()) {
            Button open = new Button("Open episode", VaadinIcon.PLUS.create(), click -> EpisodeDialog.forNew(
                    services.episodes(), actor, patient.id(), context.today(), context.saved("Episode opened")).open());
            open.setId("open-episode");
            header.add(open);
        }
        add(header);
        if (record.episodes().isEmpty()) {
            add(new Paragraph("No episodes yet. Open one to start the 12-week clock and the symptom timeline."));
        }
        record.episodes().forEach(overview -> add(new EpisodeCard(overview, context)));
        Paragraph disclaimer = new Paragraph("Decision support for licensed clinicians, not a diagnosis.");
        disclaimer.addClassName("bb-disclaimer");
        add(disclaimer);
    }

    /** The open red flags, for the top of the page. */
    public Component banner() {
        return banner;
    }

    /** What an episode card can do; archived patients' records are read-only. */
    record Context(CareServices services, Actor actor, Runnable reload, boolean readOnly) {

        ZoneId zone() {
            return services.clock().getZone();
        }

        LocalDate today() {
            return LocalDate.now(services.clock());
        }

        Runnable saved(String message) {
            return () -> {
                reload.run();
                Notification.show(message);
            };
        }

        void recordCheckIn(Episode episode) {
            CheckInDialog.open(services.checkIns(), actor, episode.id(), LocalDateTime.now(services.clock()),
                    saved("Check-in recorded")).open();
        }

        void edit(Episode episode) {
            EpisodeDialog.forEdit(services.episodes(), actor, episode, today(), saved("Episode updated")).open();
        }

        void discharge(Episode episode) {
            DischargeDialog.open(services.episodes(), actor, episode, today(), saved("Episode discharged")).open();
        }

        void putOnHold(Episode episode) {
            apply(() -> services.episodes().putOnHold(actor, episode.id(), episode.version()), "Episode on hold");
        }

        void resume(Episode episode) {
            apply(() -> services.episodes().resume(actor, episode.id(), episode.version()), "Episode resumed");
        }

        void acknowledge(RaisedFlag flag) {
            AcknowledgeDialog.open(services.flags(), actor, flag, saved("Red flag acknowledged")).open();
        }

        private void apply(Supplier<Result<Episode>> change, String success) {
            switch (LostRace.guarded(change)) {
                case Result.Saved<?> ok -> saved(success).run();
                case Result.Rejected<?> rejected -> warn(rejected.problems().getFirst().message());
                case Result.Conflict<?> conflict -> {
                    reload.run();
                    warn("Someone else changed this episode first, so nothing was saved. The page shows their change.");
                }
                case Result.NotFound<?> notFound -> reload.run();
            }
        }

        private static void warn(String message) {
            Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
