package org.kenes.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server in the test JVM (GreenMail), which the application sends its e-mail to. Tests may stop it, to
 * play a mail server that is down, and start it again on the same port.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;
    private static int port;

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            port = server.getSmtp().getPort();
        }
        return server;
    }

    /** The mail server goes down: connections are refused until {@link #get()} starts it again. */
    public static synchronized void stop() {
        get().stop();
        server = null;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int smtpPort = get().getSmtp().getPort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kenes-test-mail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(smtpPort),
                "spring.mail.properties.mail.smtp.connectiontimeout", "2000",
                "spring.mail.properties.mail.smtp.timeout", "5000",
                "kenes.mail.from", "secretariat@kenes.example")));
    }
}
