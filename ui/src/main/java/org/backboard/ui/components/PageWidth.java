package org.backboard.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * The browser window's width, for components whose shape changes with it (a grid that stacks its
 * columns on a phone): told once when attached and again on every resize.
 */
public final class PageWidth {

    /** Below this a screen is a phone: one column of stacked facts. */
    public static final int PHONE = 700;
    /** Below this a screen is a tablet: the side menu overlays, grids drop their secondary columns. */
    public static final int TABLET = 1024;

    private PageWidth() {
    }

    public static void follow(Component component, IntConsumer onWidth) {
        Registration[] resize = new Registration[1];
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> onWidth.accept(details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(event -> onWidth.accept(event.getWidth()));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }
}
