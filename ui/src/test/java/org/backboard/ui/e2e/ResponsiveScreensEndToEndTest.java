package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Map;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.RosterPage;
import org.backboard.ui.e2e.pages.SignInPage;
import org.backboard.ui.e2e.pages.WorklistPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worklist, the roster and a patient's page on a laptop, a tablet held upright and a phone:
 * nothing runs off the side, what a clinician reads first is on the first screen, and each
 * screen passes axe at that width. Saves target/screenshots/{screen}-{width}.png (docs/screenshots
 * holds copies for the README).
 */
class ResponsiveScreensEndToEndTest extends EndToEndTest {

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1280, 800", "820, 1180", "390, 844"})
    void theMorningScreensFitTheWidth(int width, int height) {
        Map<String, Object> patient = jdbc.queryForMap("""
                select p.id, p.family_name || ', ' || p.given_name as name from patient p
                  join clinician c on c.id = p.therapist_id
                  join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
                  join program g on g.episode_id = e.id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and (select count(*) from check_in k where k.episode_id = e.id) >= 5
                 order by exists (select 1 from red_flag f where f.patient_id = p.id and f.acknowledged_at is null)
                          desc, p.mrn limit 1""");
        Page page = browser.newPage();
        page.setViewportSize(width, height);
        SignInPage.open(page).signIn("therapist1", "demo-therapist");

        WorklistPage.open(page);
        Browser.settle(page);
        Locator firstItem = page.locator("#worklist .bb-worklist-patient:visible").first();
        assertThat(firstItem).isVisible();
        assertWithinWidth(page, firstItem, "a worklist patient");
        assertWithinWidth(page, page.locator("#worklist .bb-badge:visible").first(), "a worklist severity");
        assertWithinWidth(page, page.locator("#worklist .bb-item-action:visible").first(), "an item's action");
        assertThat(page.locator("#signed-in-as .bb-who-name")).isVisible();
        fits(page, "worklist", width);

        RosterPage roster = RosterPage.open(page);
        roster.cells().first().waitFor();
        Browser.settle(page);
        assertWithinWidth(page, roster.grid(), "the roster");
        fits(page, "roster", width);
        roster.search((String) patient.get("name"));
        assertWithinWidth(page, roster.cellContaining((String) patient.get("name")).first(), "a patient's name");

        PatientPage patientPage = PatientPage.open(page, patient.get("id"));
        patientPage.waitForPainChart();
        Browser.settle(page);
        Locator tiles = patientPage.openEpisode().tile("pain");
        assertThat(tiles).isVisible();
        if (width >= 1024) {
            // read in ten seconds: the progress tiles are on the laptop's first screen
            assertThat(tiles.boundingBox().y + tiles.boundingBox().height).isLessThanOrEqualTo(height);
        }
        assertWithinWidth(page, page.locator(".bb-program").first(), "the exercise program");
        fits(page, "patient", width);
        page.close();
    }

    private static void fits(Page page, String screen, int width) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as(screen + " runs off the side at " + width + " px").isLessThanOrEqualTo(0);
        Accessibility.check(page, screen + " at " + width + " px");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(screen + "-" + width + ".png")));
    }

    private static void assertWithinWidth(Page page, Locator locator, String what) {
        BoundingBox box = locator.boundingBox();
        assertThat(box).as(what + " is shown").isNotNull();
        int innerWidth = ((Number) page.evaluate("() => window.innerWidth")).intValue();
        assertThat(box.x).as(what + " starts on screen").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + " ends on screen").isLessThanOrEqualTo(innerWidth + 0.5);
    }
}
