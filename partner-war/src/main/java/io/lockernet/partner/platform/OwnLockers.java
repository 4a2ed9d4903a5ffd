package io.lockernet.partner.platform;

import io.lockernet.api.core.LockerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The lockers this retailer may use and the store each stands at, as the Core says, refreshed at most every ten
 * seconds when an unknown locker is asked about (a locker just assigned) and at least every minute otherwise.
 */
@ApplicationScoped
public class OwnLockers {

    private static final Logger LOG = Logger.getLogger(OwnLockers.class.getName());
    private static final Duration MIN_AGE = Duration.ofSeconds(10);
    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    CoreClient core;

    /** Each locker this retailer may use, with its store. */
    private volatile Map<String, String> lockers = Map.of();
    private volatile Instant fetched = Instant.MIN;

    public boolean contains(String locker) {
        Instant now = Instant.now();
        Duration age = Duration.between(fetched, now);
        if (age.compareTo(MAX_AGE) > 0 || (!lockers.containsKey(locker) && age.compareTo(MIN_AGE) > 0)) {
            refresh(now);
        }
        return lockers.containsKey(locker);
    }

    public Set<String> all() {
        contains("");
        return lockers.keySet();
    }

    /** The store the locker stands at; empty for a locker this retailer may not use. */
    public Optional<String> storeOf(String locker) {
        return contains(locker) ? Optional.ofNullable(lockers.get(locker)) : Optional.empty();
    }

    private synchronized void refresh(Instant now) {
        try {
            lockers = core.lockers().stream().collect(Collectors.toUnmodifiableMap(LockerView::id,
                    l -> l.store() == null ? "" : l.store()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot ask the Core for this retailer's lockers; keeping the last list: " + e);
        }
        fetched = now;
    }
}
