package org.backboard.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The application's scripts, styles and images: the same for everyone, with no patient data, and each
 * named by its content or version (Vaadin's hashed bundle files, "?v-c=" styles, versioned WebJars).
 */
final class StaticFiles {

    private static final List<String> FOLDERS = List.of("/VAADIN/build/", "/VAADIN/static/", "/webjars/", "/lumo/");
    private static final List<String> FILES = List.of("/favicon.ico", "/styles.css");

    /** Matches a request for one of them. */
    static final RequestMatcher MATCHER = StaticFiles::isStaticFile;

    private StaticFiles() {
    }

    static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FOLDERS.stream().anyMatch(path::startsWith) || FILES.contains(path);
    }
}
