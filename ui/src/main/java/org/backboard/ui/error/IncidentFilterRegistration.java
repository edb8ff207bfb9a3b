package org.backboard.ui.error;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Puts {@link IncidentFilter} in front of every other filter, Spring Security's included. */
@Component
class IncidentFilterRegistration extends FilterRegistrationBean<IncidentFilter> {

    IncidentFilterRegistration() {
        super(new IncidentFilter());
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }
}
