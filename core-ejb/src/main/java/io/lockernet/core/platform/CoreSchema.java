package io.lockernet.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

/**
 * Brings the Core DB to the current schema at deployment, before anything else uses it. With
 * {@code lockernet.demo=true} it also loads the demo fleet (lockers, Shepherds, retailers).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CoreSchema {

    private static final Logger LOG = Logger.getLogger(CoreSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/CoreDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "lockernet.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/core"));
        if (demo) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Core DB at schema " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied, demo fleet " + (demo ? "loaded" : "off"));
    }
}
