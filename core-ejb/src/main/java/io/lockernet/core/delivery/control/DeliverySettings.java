package io.lockernet.core.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How routes are planned: the time zone of shifts and opening hours, driving speed, time at a stop, solving time. */
@ApplicationScoped
public class DeliverySettings {

    @Inject
    @ConfigProperty(name = "lockernet.delivery.zone", defaultValue = "UTC")
    String zone;

    @Inject
    @ConfigProperty(name = "lockernet.delivery.speed-kmh", defaultValue = "30")
    double speedKmh;

    @Inject
    @ConfigProperty(name = "lockernet.delivery.minutes-per-stop", defaultValue = "5")
    int minutesPerStop;

    @Inject
    @ConfigProperty(name = "lockernet.delivery.minutes-per-parcel", defaultValue = "1")
    int minutesPerParcel;

    /** At most this long for a plan; a plan that stops improving ends sooner. */
    @Inject
    @ConfigProperty(name = "lockernet.delivery.solve-seconds", defaultValue = "10")
    int solveSeconds;

    /** A plan ends once it has not improved for this long (the quality a re-plan needs, in a few seconds). */
    @Inject
    @ConfigProperty(name = "lockernet.delivery.unimproved-millis", defaultValue = "2000")
    long unimprovedMillis;

    /** How long a compartment held for a routed parcel stays held while nothing is put in (re-held by the next plan). */
    @Inject
    @ConfigProperty(name = "lockernet.delivery.hold-hours", defaultValue = "24")
    int holdHours;

    /** A stop expected this much later than planned is late; a courier that far behind has the routes planned again. */
    @Inject
    @ConfigProperty(name = "lockernet.delivery.behind-minutes", defaultValue = "15")
    long behindMinutes;

    public Duration behind() {
        return Duration.ofMinutes(behindMinutes);
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public double metresPerMinute() {
        return speedKmh * 1000 / 60;
    }

    public int minutesPerStop() {
        return minutesPerStop;
    }

    public int minutesPerParcel() {
        return minutesPerParcel;
    }

    public Duration solveLimit() {
        return Duration.ofSeconds(solveSeconds);
    }

    public Duration unimproved() {
        return Duration.ofMillis(unimprovedMillis);
    }

    public Duration hold() {
        return Duration.ofHours(holdHours);
    }
}
