package org.backboard.ui.e2e;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's Playwright integration) over what the page shows now: WCAG 2.1 A and AA. A
 * critical or serious violation fails the test; the lesser ones are left to review. The one place
 * the end-to-end tests check accessibility, called at each page and dialog they open.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("critical", "serious");

    private Accessibility() {
    }

    /** {@code what} names the screen in the failure message ("roster", "check-in dialog"). */
    public static void check(Page page, String what) {
        Browser.settle(page);
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .peek(rule -> rule.setNodes(rule.getNodes().stream().filter(node -> !vaadinsOwn(rule, node)).toList()))
                .filter(rule -> !rule.getNodes().isEmpty())
                .toList();
        if (!violations.isEmpty()) {
            fail("critical or serious WCAG violations on the " + what + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    /**
     * The one exception, Vaadin's own and not ours to fix: a required Select puts aria-required on its
     * value button (role=button), which ARIA does not allow there (vaadin/web-components#7337, open).
     * Screen readers still hear the field's label with its required marker.
     */
    private static boolean vaadinsOwn(Rule rule, CheckedNode node) {
        return rule.getId().equals("aria-allowed-attr") && node.getHtml().startsWith("<vaadin-select-value-button")
                && node.getFailureSummary().contains("aria-required") && !node.getFailureSummary().contains(",");
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .limit(5).map(node -> "    " + node.getTarget() + "  " + abbreviate(node.getHtml())
                        + "\n      " + node.getFailureSummary().replace("\n", " "))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String html) {
        return html.length() <= 160 ? html : html.substring(0, 160) + "…";
    }
}
