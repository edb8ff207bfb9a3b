package org.backboard.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page that only says what happened, with a way back to the start page (Today). */
abstract class MessagePage extends VerticalLayout {

    void show(String id, String title, String message) {
        removeAll();
        H2 heading = new H2(title);
        heading.setId(id);
        add(heading, new Paragraph(message), new Anchor("", "Back to Today"));
    }
}
