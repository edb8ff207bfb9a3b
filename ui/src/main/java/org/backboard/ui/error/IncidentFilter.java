package org.backboard.ui.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside Vaadin's own error handling (sign-in, downloads, any filter), an unexpected error would
 * reach the servlet container, which logs its whole stack trace and message, where patient data
 * can hide. Wrapped around everything (see IncidentFilterRegistration), this records it as an
 * incident like the rest of the application does, and answers a plain 500 with the incident id.
 */
final class IncidentFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException error) {
            String message = Incidents.record(error instanceof ServletException && error.getCause() != null
                    ? error.getCause() : error);
            if (!response.isCommitted()) {
                response.resetBuffer(); // keeps the security headers already written
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(message);
            }
        }
    }
}
