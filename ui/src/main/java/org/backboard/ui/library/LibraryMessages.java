package org.backboard.ui.library;

final class LibraryMessages {

    static final String CHANGED_ELSEWHERE = "Someone else changed this first, so nothing was saved. "
            + "Reopen it to see their change.";

    private LibraryMessages() {
    }
}
