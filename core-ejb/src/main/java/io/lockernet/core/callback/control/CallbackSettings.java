package io.lockernet.core.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How callbacks are delivered, from the server's configuration. The defaults follow what receivers expect of a
 * webhook sender: the first attempt at once, then after seconds, tens of seconds, minutes, up to an hour apart with
 * jitter, for three days; an endpoint that fails ten times in a row is paused.
 */
@ApplicationScoped
public class CallbackSettings {

    /** The waits before the second, third, … attempt, in seconds; the last one repeats. */
    @Inject
    @ConfigProperty(name = "lockernet.callbacks.backoff-seconds", defaultValue = "5,30,120,600,1800,3600")
    String backoff;

    @Inject
    @ConfigProperty(name = "lockernet.callbacks.retention-hours", defaultValue = "72")
    long retentionHours;

    @Inject
    @ConfigProperty(name = "lockernet.callbacks.pause-after-failures", defaultValue = "10")
    int pauseAfter;

    @Inject
    @ConfigProperty(name = "lockernet.callbacks.timeout-seconds", defaultValue = "10")
    long timeoutSeconds;

    /**
     * How many attempts to one endpoint may be under way at once: a slow endpoint holds at most this many of the
     * callbacks tier's threads, and the other retailers' endpoints keep theirs.
     */
    @Inject
    @ConfigProperty(name = "lockernet.callbacks.in-flight-per-endpoint", defaultValue = "4")
    int inFlightPerEndpoint;

    /**
     * Whether an endpoint may be on this machine or a private network (http allowed there): for the local demo and the
     * tests only. Off, an endpoint must be https and resolve to a public address, so that a retailer cannot make the
     * Core call into the operator's own network.
     */
    @Inject
    @ConfigProperty(name = "lockernet.callbacks.allow-private-endpoints", defaultValue = "false")
    boolean allowPrivate;

    public Backoff backoff() {
        return new Backoff(Arrays.stream(backoff.split(",")).map(String::strip).map(Long::parseLong)
                .map(Duration::ofSeconds).toList());
    }

    public Duration retention() {
        return Duration.ofHours(retentionHours);
    }

    public int pauseAfter() {
        return pauseAfter;
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public int inFlightPerEndpoint() {
        return inFlightPerEndpoint;
    }

    public boolean allowPrivate() {
        return allowPrivate;
    }

    /** The waits between attempts, with ±20 % jitter so that many deliveries failing together do not retry together. */
    public record Backoff(List<Duration> waits) {

        /** The wait after the {@code failures}-th failure (1 is the first). */
        public Duration after(int failures, double random) {
            Duration base = waits.get(Math.min(Math.max(failures, 1), waits.size()) - 1);
            return Duration.ofMillis(Math.round(base.toMillis() * (0.8 + 0.4 * random)));
        }
    }
}
