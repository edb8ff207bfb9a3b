package org.backboard.ui.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for every ui test context, started once per JVM on a free port,
 * and the BACKBOARD_MAIL_* settings that point the application at it. Being part of every context
 * keeps the ui tests on one shared context. Tests may stop and restart it to play an outage; it
 * comes back on the same port. Other features' tests can read what arrived here too.
 */
public class TestMailServer implements EnvironmentPostProcessor {

    public static final String FROM = "backboard@clinic.example";
    static final String USERNAME = "backboard";
    static final String PASSWORD = "test-password";

    private static GreenMail server;
    private static int port;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("backboardTestMailServer", Map.of(
                "BACKBOARD_MAIL_HOST", "127.0.0.1",
                "BACKBOARD_MAIL_PORT", Integer.toString(port()),
                "BACKBOARD_MAIL_USERNAME", USERNAME,
                "BACKBOARD_MAIL_PASSWORD", PASSWORD,
                "BACKBOARD_MAIL_FROM", FROM,
                "BACKBOARD_MAIL_STARTTLS", "false",
                "BACKBOARD_MAIL_POLL", "1s",
                // GreenMail logs each new mailbox with its address
                "logging.level.com.icegreen.greenmail", "warn")));
    }

    /** The server's port, starting it on first use. */
    static synchronized int port() {
        if (server == null) {
            port = freePort();
            start();
        }
        return port;
    }

    /** The mail server goes away: connections are refused until {@link #start()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** Back on the same port, with an empty mailbox. */
    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, USERNAME, PASSWORD));
        server.start();
    }

    /** Every message received since the server last started with this Message-ID. */
    public static synchronized List<MimeMessage> receivedWithMessageId(String messageId) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> messageId.equals(id(message))).toList();
    }

    /** Every message received since the server last started for this address, oldest first. */
    public static synchronized List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
