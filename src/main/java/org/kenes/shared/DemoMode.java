package org.kenes.shared;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode fills both networks with demo people who all share one password, so it must never reach a production
 * database by accident: it is on by default only on the embedded database, and refused on any other unless the
 * operator overrides it explicitly. Being a bean factory post-processor, the check runs before any bean has
 * touched the database.
 */
@Component
public class DemoMode implements BeanFactoryPostProcessor, EnvironmentAware {

    private boolean enabled;

    @Override
    public void setEnvironment(Environment environment) {
        Settings settings = Binder.get(environment).bind("kenes.demo", Settings.class).orElse(new Settings(null, false));
        this.enabled = decide(settings.enabled(), settings.allowOnProductionDatabase(),
                environment.getProperty("spring.datasource.url"));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing to change: being created this early is the point
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * @param requested null when the operator did not say, which means "on for the embedded database only"
     */
    static boolean decide(Boolean requested, boolean allowOnProductionDatabase, String jdbcUrl) {
        boolean embedded = jdbcUrl == null || jdbcUrl.startsWith("jdbc:h2:");
        if (requested == null) {
            return embedded;
        }
        if (requested && !embedded && !allowOnProductionDatabase) {
            throw new DemoModeRefused();
        }
        return requested;
    }

    public record Settings(Boolean enabled, boolean allowOnProductionDatabase) {
    }

    public static class DemoModeRefused extends IllegalStateException {
        DemoModeRefused() {
            super("Demo mode was requested (kenes.demo.enabled=true) but the database is not the embedded one. "
                    + "Demo people share a known password, so Kenes refuses to create them on a production database. "
                    + "Set kenes.demo.allow-on-production-database=true only for a disposable test database.");
        }
    }
}
