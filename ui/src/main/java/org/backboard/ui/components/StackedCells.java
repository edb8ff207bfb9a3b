package org.backboard.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Grid cells that stack a row's facts for a narrower screen, with one look on every page. */
public final class StackedCells {

    private StackedCells() {
    }

    /** A title over a muted line: a name over its MRN or user name, where a tablet has no room for both columns. */
    public static Component titleOver(String title, String below) {
        Span top = new Span(title);
        top.addClassName("bb-stacked-title");
        Span bottom = new Span(below);
        bottom.addClassName("bb-muted");
        Div cell = new Div(top, bottom);
        cell.addClassName("bb-stacked");
        return cell;
    }

    /**
     * The three widths of a grid with a "stacked" column (a phone: the whole row in one cell) and a
     * "who" column (a tablet: {@link #titleOver}): the laptop's own columns show on a laptop only,
     * the others on every screen but a phone.
     */
    public static void showByWidth(Grid<?> grid, int width, List<String> laptopOnly, List<String> notOnPhone) {
        boolean phone = width < PageWidth.PHONE;
        boolean laptop = width >= PageWidth.TABLET;
        grid.getColumnByKey("stacked").setVisible(phone);
        grid.getColumnByKey("who").setVisible(!phone && !laptop);
        laptopOnly.forEach(key -> grid.getColumnByKey(key).setVisible(laptop));
        notOnPhone.forEach(key -> grid.getColumnByKey(key).setVisible(!phone));
        wrapOnPhone(grid, phone);
    }

    /** A phone's stacked cell needs its lines wrapped; wider screens keep each row on one line. */
    private static void wrapOnPhone(Grid<?> grid, boolean phone) {
        if (phone) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        } else {
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
    }
}
