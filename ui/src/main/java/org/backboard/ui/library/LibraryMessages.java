package org.backboard.ui.library;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.backboard.core.care.CareResult;
import org.backboard.ui.care.CareCalls;

/** One-click library changes (retire, reinstate): close and refresh on success, else say why. */
final class LibraryMessages {

    private LibraryMessages() {
    }

    static void apply(Dialog dialog, Supplier<? extends CareResult<?>> change, Runnable onSaved) {
        String problem = switch (CareCalls.guarded(change)) {
            case CareResult.Saved<?> saved -> null;
            case CareResult.Rejected<?> rejected -> rejected.problems().getFirst().message();
            case CareResult.Conflict<?> conflict -> conflict.message();
            case CareResult.NotFound<?> notFound -> "This is no longer in the library.";
        };
        if (problem == null) {
            dialog.close();
            onSaved.run();
        } else {
            Notification.show(problem, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
