package org.backboard.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain, small table of figures: the numbers behind a chart, or a short list, readable without script. */
public final class FiguresTable {

    private FiguresTable() {
    }

    public static Component of(List<String> headers, List<List<String>> rows) {
        Element table = new Element("table");
        Element head = new Element("tr");
        headers.forEach(header -> head.appendChild(new Element("th").setText(header)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                // its column's name, for a table whose rows stack on a phone (bb-figures-stack)
                tr.appendChild(new Element("td").setText(row.get(i))
                        .setAttribute("data-label", i < headers.size() ? headers.get(i) : ""));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div holder = new Div();
        holder.addClassName("bb-figures");
        holder.getElement().appendChild(table);
        return holder;
    }
}
