package org.backboard.ui.components;

import com.vaadin.flow.component.UI;

/**
 * Chart.js, a WebJar loaded at runtime, so Vaadin's pre-compiled frontend bundle stays as it is.
 * Every chart loads it through here; the page adds the script once however many charts it holds.
 */
public final class ChartJs {

    private static final String SCRIPT = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private ChartJs() {
    }

    public static void load(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }
}
