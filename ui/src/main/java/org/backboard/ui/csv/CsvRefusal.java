package org.backboard.ui.csv;

/** A file Backboard cannot read as a table, with what to do about it in words for the person who sent it. */
public class CsvRefusal extends Exception {

    public CsvRefusal(String message) {
        super(message);
    }
}
