package io.lockernet.shepherd.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who this Shepherd instance is and where its peers are. The instance name is the deployment's module name
 * ({@code shepherd-1.war} is {@code shepherd-1}, served at {@code /shepherd-1}), so one WAR serves as every instance
 * without being rebuilt.
 */
@ApplicationScoped
public class ShepherdConfig {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url", defaultValue = "https://localhost:8180/realms/lockernet")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "lockernet.core.url", defaultValue = "https://localhost:8443/core/api")
    String coreUrl;

    @Resource(lookup = "java:module/ModuleName")
    String moduleName;

    private String instance;

    /** Known from the first use on, whichever component (endpoint, MDB, startup timer) comes first. */
    @PostConstruct
    void init() {
        instance = moduleName;
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
