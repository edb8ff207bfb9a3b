package org.backboard.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backboard.core.redflag.Tier;
import org.backboard.core.worklist.Severity;
import org.junit.jupiter.api.Test;

/** WCAG 1.4.1: every severity and tier is told apart by its words and its icon, and by its own colour too. */
class ClinicalBadgesTest {

    @Test
    void everySeverityHasItsOwnWordsIconAndColour() throws IOException {
        String css = styles();
        assertThat(Arrays.stream(Severity.values()).map(s -> ClinicalBadges.severity(s).getText()))
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(Severity.values()).map(s -> iconOf(ClinicalBadges.severity(s))))
                .doesNotHaveDuplicates().doesNotContainNull();
        assertThat(Arrays.stream(Severity.values()).map(s -> background(css, "bb-severity-" + lower(s.name()))))
                .doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void aTierLooksLikeItsSeverityOnTheWorklist() throws IOException {
        String css = styles();
        for (Tier tier : Tier.values()) {
            Span flag = ClinicalBadges.tier(tier);
            Span item = ClinicalBadges.severity(Severity.valueOf(tier.name()));
            assertThat(flag.getText()).isEqualTo(tier.label()).isEqualTo(item.getText());
            assertThat(iconOf(flag)).isEqualTo(iconOf(item));
            assertThat(background(css, "bb-flag-" + lower(tier.name())))
                    .isEqualTo(background(css, "bb-severity-" + lower(tier.name())));
        }
    }

    private static String iconOf(Span badge) {
        return badge.getChildren().filter(Icon.class::isInstance).findFirst()
                .map(icon -> ((Icon) icon).getIcon()).orElse(null);
    }

    /** The background of the rule that styles only {@code className} (a shared rule would hide a clash). */
    private static String background(String css, String className) {
        // the rule's selector is the class alone: at the start or after the previous rule (and its comments)
        Matcher rule = Pattern.compile("(?s)(?:^|})\\s*(?:/\\*.*?\\*/\\s*)*\\." + Pattern.quote(className)
                + "\\s*\\{([^}]*)}").matcher(css);
        if (!rule.find()) {
            return null;
        }
        Matcher background = Pattern.compile("background:\\s*([^;]+);").matcher(rule.group(1));
        return background.find() ? background.group(1).strip() : null;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String styles() throws IOException {
        try (InputStream in = ClinicalBadgesTest.class.getResourceAsStream("/META-INF/resources/styles.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
