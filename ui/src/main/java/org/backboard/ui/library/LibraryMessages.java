package org.backboard.ui.library;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.LostRace;

/** One-click library changes (retire, reinstate): close and refresh on success, else say why. */
final class LibraryMessages {

    private LibraryMessages() {
    }

    static <T> void apply(Dialog dialog, Supplier<Result<T>> change, Runnable onSaved) {
        String problem = switch (LostRace.guarded(change)) {
            case Result.Saved<?> saved -> null;
            case Result.Rejected<?> rejected -> rejected.problems().getFirst().message();
            case Result.Conflict<?> conflict -> conflict.message();
            case Result.NotFound<?> notFound -> "This is no longer in the library.";
        };
        if (problem == null) {
            dialog.close();
            onSaved.run();
        } else {
            Notification.show(problem, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
