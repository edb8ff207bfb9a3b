package org.backboard.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The end-to-end tests rely on Browser noticing what a Content-Security-Policy blocks: it does. */
class BrowserSeesPolicyViolationsTest {

    @Test
    void blockedInlineScriptsAndEvalAreReported() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = """
                    <!doctype html><html><body><p id=done>page</p>
                    <script>document.title = 'inline ran';</script>
                    <script src="/eval.js"></script></body></html>""".getBytes(StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/eval.js")) {
                body = "try { new Function('return 1')(); } catch (e) { }".getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".js") ? "text/javascript" : "text/html");
            exchange.getResponseHeaders().set("Content-Security-Policy", "script-src 'self'");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        try (Browser browser = new Browser(0)) {
            Page page = browser.newPage();
            page.navigate("http://127.0.0.1:" + site.getAddress().getPort() + "/");
            page.waitForTimeout(500);

            assertThat(browser.policyViolations()).anyMatch(v -> v.contains("inline"))
                    .anyMatch(v -> v.contains("eval"));
        } finally {
            site.stop(0);
        }
    }
}
