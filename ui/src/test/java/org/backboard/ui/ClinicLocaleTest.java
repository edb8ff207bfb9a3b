package org.backboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.backboard.ui.patient.PatientView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** BACKBOARD_LOCALE (default en-GB) is every UI's locale, so a birth date reads like the pickers' dates. */
@BackboardSpringTest
class ClinicLocaleTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("therapist1")
    void aBirthDateIsShownInTheClinicsLocale() {
        Map<String, Object> row = jdbc.queryForMap("""
                select p.id, p.date_of_birth from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE' order by p.mrn limit 1""");
        navigate("patients/" + row.get("id"), PatientView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        LocalDate born = ((java.sql.Date) row.get("date_of_birth")).toLocalDate();
        assertThat($(DescriptionList.class).id("patient-facts").getElement().getTextRecursively())
                .contains("born " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(born) + ")");
    }
}
