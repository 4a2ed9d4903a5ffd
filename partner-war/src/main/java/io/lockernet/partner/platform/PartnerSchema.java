package io.lockernet.partner.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings this retailer's Partner DB to the current schema at deployment. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PartnerSchema {

    private static final Logger LOG = Logger.getLogger(PartnerSchema.class.getName());

    @Resource(lookup = "java:comp/env/jdbc/PartnerDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/partner")
                .load()
                .migrate();
        LOG.info(() -> "Partner DB at schema " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied");
    }
}
