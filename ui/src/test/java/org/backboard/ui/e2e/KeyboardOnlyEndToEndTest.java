package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The morning round without a mouse: sign in, acknowledge a worklist item, find a patient on the
 * worklist, open them from it and record a check-in, with Tab, Enter, Space, arrow keys and typing
 * only. No click, no fill.
 */
class KeyboardOnlyEndToEndTest extends EndToEndTest {

    /** The focused element, looking through shadow roots (a grid's focused cell lives in its shadow). */
    private static final String FOCUSED = """
            () => { let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                    return a; }""";
    private static final String BODY_CELL = "el => el.tagName === 'TD' && el.getAttribute('part').includes('body-cell')";
    private static final int MAX_TABS = 60;

    @Test
    void aTherapistDoesTheMorningRoundByKeyboardAlone() {
        Map<String, Object> patient = jdbc.queryForMap("""
                select p.id, p.family_name || ', ' || p.given_name as name
                  from patient p join clinician c on c.id = p.therapist_id
                  join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and (select count(*) from episode o where o.patient_id = p.id and o.status <> 'DISCHARGED') = 1
                   and not exists (select 1 from outcome_measure m where m.episode_id = e.id)
                   and not exists (select 1 from patient q where q.id <> p.id and q.therapist_id = p.therapist_id
                                      and q.family_name = p.family_name and q.given_name = p.given_name)
                 order by p.mrn desc limit 1""");
        String name = (String) patient.get("name");
        int checkIns = checkInsOf(patient.get("id"));
        Page page = browser.newPage();
        page.navigate("/login");
        Browser.settle(page);

        tabTo(page, "el => el.tagName === 'INPUT' && (el.name === 'username' || el.autocomplete === 'username')");
        page.keyboard().type("therapist1");
        page.keyboard().press("Tab");
        page.keyboard().type("demo-therapist");
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        Browser.settle(page);

        int acknowledged = acknowledgements();
        // into the grid: a body cell takes focus; arrows walk to the first item a therapist acknowledges here
        tabTo(page, BODY_CELL);
        for (int step = 0; step < 8 && !focusedCellHolds(page, ".bb-item-action"); step++) {
            page.keyboard().press("ArrowRight");
        }
        for (int row = 0; row < 20 && !focusedCellHolds(page, ".bb-acknowledge"); row++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(focusedCellHolds(page, ".bb-acknowledge")).as("the arrows reach an Acknowledge button").isTrue();
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        assertThat(page.locator("#acknowledge-note")).isVisible();
        tabTo(page, "el => el.tagName === 'TEXTAREA' && el.closest('#acknowledge-note')");
        page.keyboard().type("Phoned, exercises reviewed");
        tabTo(page, "el => el.id === 'acknowledge-item-save'");
        page.keyboard().press("Enter");
        assertThat(page.locator("#acknowledge-note")).isHidden();
        assertThat(acknowledgements()).as("the item was acknowledged").isEqualTo(acknowledged + 1);

        // the filter is above the list: back there with Shift+Tab
        tabTo(page, "el => el.tagName === 'INPUT' && el.closest('#worklist-patient')", "Shift+Tab");
        page.keyboard().type(name);
        // the filter applies after a pause in typing
        assertThat(page.locator("#worklist .bb-worklist-patient:visible").first()).hasText(name);
        assertThat(page.locator("#worklist .bb-worklist-patient:visible").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasNotText(name))).hasCount(0);
        // back into the grid: arrows walk to the patient's cell, Enter reaches the link
        tabTo(page, BODY_CELL);
        page.keyboard().press("Home");
        for (int step = 0; step < 8 && !focusedCellHolds(page, ".bb-worklist-patient"); step++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(focusedCellHolds(page, ".bb-worklist-patient")).as("the arrows reach the patient's cell").isTrue();
        page.keyboard().press("Enter");
        assertThat(focused(page, "el => el.classList.contains('bb-worklist-patient')")).isTrue();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/patients/" + patient.get("id")));
        assertThat(page.locator("#patient-name")).hasText(name);
        Browser.settle(page);

        tabTo(page, "el => el.id === 'record-check-in'");
        page.keyboard().press("Enter");
        assertThat(page.locator("#check-in-pain")).isVisible();
        tabTo(page, "el => el.tagName === 'INPUT' && el.closest('#check-in-pain')");
        page.keyboard().type("3");
        tabTo(page, "el => el.tagName === 'INPUT' && el.closest('#check-in-stiffness')");
        page.keyboard().type("2");
        tabTo(page, "el => el.id === 'check-in-dialog-save'");
        page.keyboard().press("Space");
        assertThat(page.locator("#check-in-pain")).isHidden();
        assertThat(checkInsOf(patient.get("id"))).as("the check-in was saved").isEqualTo(checkIns + 1);
    }

    /** Presses Tab (or the given key) until the focused element passes the test (a JavaScript predicate). */
    private static void tabTo(Page page, String predicate) {
        tabTo(page, predicate, "Tab");
    }

    private static void tabTo(Page page, String predicate, String key) {
        for (int tabs = 0; tabs < MAX_TABS; tabs++) {
            if (focused(page, predicate)) {
                return;
            }
            page.keyboard().press(key);
        }
        fail("Tab never reached " + predicate);
    }

    private static boolean focused(Page page, String predicate) {
        return (Boolean) page.evaluate("() => { const el = (" + FOCUSED + ")(); return !!el && !!(" + predicate
                + ")(el); }");
    }

    /** Whether the focused grid cell shows an element matching the selector. */
    private static boolean focusedCellHolds(Page page, String selector) {
        return (Boolean) page.evaluate("selector => { const cell = (" + FOCUSED + ")();"
                + " const slot = cell && cell.querySelector('slot');"
                + " return !!slot && slot.assignedElements().some(c => c.querySelector(selector)); }", selector);
    }

    private int acknowledgements() {
        return jdbc.queryForObject("select count(*) from worklist_acknowledgement", Integer.class);
    }

    private int checkInsOf(Object patientId) {
        return jdbc.queryForObject("select count(*) from check_in k join episode e on e.id = k.episode_id "
                + "where e.patient_id = ?", Integer.class, patientId);
    }
}
