package org.backboard.ui.security;

/** What the browser may load and use on Backboard's pages. */
final class BrowserPolicies {

    /**
     * Scripts and styles only from the app itself (Chart.js too: it is served from /webjars). Vaadin
     * needs the rest, checked in Chromium: its bootstrap page carries inline scripts and styles, and its
     * client runs the JavaScript the server sends with new Function, so without 'unsafe-eval' the
     * sign-in view never renders ("script-src blocked eval" in FlowClient).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    /** Powerful browser features the app never uses, refused to every page and frame. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()",
            "hid=()", "midi=()", "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()",
            "browsing-topics=()");

    private BrowserPolicies() {
    }
}
