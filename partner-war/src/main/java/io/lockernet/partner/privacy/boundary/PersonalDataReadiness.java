package io.lockernet.partner.privacy.boundary;

import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.privacy.control.PersonalData;
import io.lockernet.partner.privacy.control.Resealing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports at {@code :9990/health/ready} as {@code personal-data-ID}: down when the retailer's key cannot be read (then
 * no order can be entered), else the key version in use and how far re-sealing under it has come. It names no key
 * and no personal data. {@code ./lockernet rotate-key} waits on it.
 */
@Readiness
@ApplicationScoped
public class PersonalDataReadiness implements HealthCheck {

    @Inject
    PartnerConfig config;

    @Inject
    PersonalData personalData;

    @Inject
    Resealing resealing;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("personal-data-" + config.retailer());
        try {
            int version = personalData.currentVersion();
            Resealing.Progress progress = resealing.progress();
            return response.up().withData("keyVersion", version)
                    .withData("resealingUnder", progress.keyVersion())
                    .withData("resealing", progress.running())
                    .withData("rowsUnderOlderKeys", progress.rowsUnderOlderKeys())
                    .withData("resealed", progress.resealed())
                    .withData("unreadable", progress.unreadable())
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
