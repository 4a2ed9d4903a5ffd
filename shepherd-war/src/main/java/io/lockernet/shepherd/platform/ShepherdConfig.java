package io.lockernet.shepherd.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who this Shepherd instance is and where its peers are. The instance name is the deployment's context path
 * ({@code /shepherd-1} is {@code shepherd-1}), so one WAR serves as every instance without being rebuilt.
 */
@ApplicationScoped
public class ShepherdConfig {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url", defaultValue = "http://localhost:8180/realms/lockernet")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "lockernet.core.url", defaultValue = "http://localhost:8080/core/api")
    String coreUrl;

    private String instance;

    /** Learns the instance name when the web application starts, before any locker or message arrives. */
    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        instance = context.getContextPath().substring(1);
    }

    public String instance() {
        return instance;
    }

    public String realmUrl() {
        return realmUrl;
    }

    public String coreUrl() {
        return coreUrl;
    }

    /** This instance's client secret, from {@code lockernet.secret.<instance>} (a system property or env var). */
    public String secret() {
        return config.getValue("lockernet.secret." + instance(), String.class);
    }
}
