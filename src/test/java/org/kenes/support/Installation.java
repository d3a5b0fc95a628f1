package org.kenes.support;

import java.util.Arrays;
import org.kenes.KenesApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Kenes installation started with its own settings, for tests of start-up itself. The settings are passed
 * as command-line arguments, so they win over application.properties as an operator's would.
 */
public final class Installation {

    private final String[] settings;

    public Installation(String... settings) {
        this.settings = settings;
    }

    public ConfigurableApplicationContext run() {
        return new SpringApplicationBuilder(KenesApplication.class)
                .run(Arrays.stream(settings).map(setting -> "--" + setting).toArray(String[]::new));
    }
}
