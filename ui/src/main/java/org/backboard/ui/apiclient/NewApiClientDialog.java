package org.backboard.ui.apiclient;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientDraft;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.FormDialog;

/** Registers a client: its name, what it may read, its last day. Every rule is the service's, shown on its field. */
class NewApiClientDialog extends FormDialog {

    /** The scope choice: the whole clinic, or one active therapist's caseload. */
    record Scope(Optional<ClinicianSummary> therapist) {
        String label() {
            return therapist.map(t -> "Caseload of " + t.displayName()).orElse("The whole clinic");
        }
    }

    NewApiClientDialog(List<ClinicianSummary> therapists, LocalDate today,
                       Function<ApiClientDraft, Result<RegisteredApiClient>> register,
                       Consumer<RegisteredApiClient> onRegistered) {
        super("New API client", "api-client", "Register");
        TextField name = new TextField("Name");
        name.setId("api-client-name");
        name.setMaxLength(ApiClient.NAME_MAX);
        name.setHelperText("the system that will call, e.g. \"Regional registry\"");
        Select<Scope> scope = new Select<>();
        scope.setLabel("May read");
        scope.setId("api-client-scope");
        List<Scope> choices = Stream.concat(Stream.of(new Scope(Optional.empty())),
                therapists.stream().map(t -> new Scope(Optional.of(t)))).toList();
        scope.setItems(choices);
        scope.setItemLabelGenerator(Scope::label);
        scope.setValue(choices.getFirst());
        DatePicker lastDay = new DatePicker("Last day of use");
        lastDay.setId("api-client-last-day");
        lastDay.setMin(today);
        lastDay.setMax(today.plusDays(ApiClientService.MAX_DAYS));
        lastDay.setValue(today.plusDays(90));
        lastDay.setHelperText("at most a year ahead; a lead can revoke it sooner");
        add(new FormLayout(name, scope, lastDay));
        field("name", name);
        field("scope", scope);
        field("lastDay", lastDay);
        onSave(() -> {
            Result<RegisteredApiClient> result = register.apply(new ApiClientDraft(name.getValue(),
                    Optional.ofNullable(scope.getValue()).flatMap(Scope::therapist).map(ClinicianSummary::id),
                    lastDay.getValue()));
            if (result instanceof Result.Saved<RegisteredApiClient>(RegisteredApiClient registered)) {
                onRegistered.accept(registered);
            }
            return result;
        }, () -> { });
    }
}
