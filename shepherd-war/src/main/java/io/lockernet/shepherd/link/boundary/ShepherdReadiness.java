package io.lockernet.shepherd.link.boundary;

import io.lockernet.shepherd.link.control.LinkHealth;
import io.lockernet.shepherd.link.control.LockerSessions;
import io.lockernet.shepherd.platform.CoreRegistration;
import io.lockernet.shepherd.platform.HistoryBatches;
import io.lockernet.shepherd.platform.ShepherdConfig;
import org.HdrHistogram.Histogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports this instance at {@code :9990/health/ready}: up once it is registered with the Core; lockers connected, and
 * the round trips of its pings.
 */
@Readiness
@ApplicationScoped
public class ShepherdReadiness implements HealthCheck {

    @Inject
    LockerSessions sessions;

    @Inject
    ShepherdConfig config;

    @Inject
    LinkHealth links;

    @Inject
    CoreRegistration registration;

    @Inject
    HistoryBatches history;

    @Override
    public HealthCheckResponse call() {
        Histogram roundTrips = links.roundTripsMicros();
        return HealthCheckResponse.named("lockernet-" + config.instance()).status(registration.registered())
                .withData("registeredWithCore", registration.registered())
                .withData("connectedLockers", sessions.connected())
                .withData("pongs", roundTrips.getTotalCount())
                .withData("pingRoundTripP50Micros", roundTrips.getValueAtPercentile(50))
                .withData("pingRoundTripP99Micros", roundTrips.getValueAtPercentile(99))
                .withData("historyReadingsDropped", history.dropped())
                .build();
    }
}
