package io.lockernet.shepherd.link.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many frames a locker may send: a burst of {@code lockernet.shepherd.frame-burst} (default 200), refilled at
 * {@code lockernet.shepherd.frames-per-second} (default 50). A real locker sends a few frames a minute, and a few
 * dozen when every door opens at once; one that exceeds this is flooding, and is cut off before it costs the others
 * anything.
 */
@ApplicationScoped
public class FrameBudget {

    private static final String KEY = "lockernet.frame-budget";

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.frame-burst", defaultValue = "200")
    long burst;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.frames-per-second", defaultValue = "50")
    long perSecond;

    /** Takes one frame from the session's budget; false when the budget is spent. */
    public boolean allows(Session session) {
        Bucket bucket = (Bucket) session.getUserProperties().computeIfAbsent(KEY, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        return bucket.tryConsume(1);
    }

    public long perSecond() {
        return perSecond;
    }
}
