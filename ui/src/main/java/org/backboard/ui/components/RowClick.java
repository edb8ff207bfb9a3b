package org.backboard.ui.components;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;

/** Opens a grid's row on click. */
public final class RowClick {

    private RowClick() {
    }

    /**
     * A click names its row by a key the browser sends; a key the grid never gave out (forged, or
     * of a row refreshed away) finds no item and is ignored.
     */
    public static <T> void open(Grid<T> grid, Consumer<T> action) {
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                action.accept(click.getItem());
            }
        });
    }
}
