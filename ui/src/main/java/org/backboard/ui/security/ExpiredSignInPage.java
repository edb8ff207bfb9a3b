package org.backboard.ui.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A sign-in refused for a missing or wrong CSRF token goes back to the sign-in page with a message:
 * the usual cause is a page left open until its session ended. Other refusals stay a bare 403.
 */
class ExpiredSignInPage implements AccessDeniedHandler {

    static final String PARAMETER = "expired";

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final AccessDeniedHandler otherRequests = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (signIn.matches(request)) {
            response.sendRedirect(request.getContextPath() + "/login?" + PARAMETER);
        } else {
            otherRequests.handle(request, response, refusal);
        }
    }
}
