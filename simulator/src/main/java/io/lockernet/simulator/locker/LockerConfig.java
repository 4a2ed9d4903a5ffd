package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CompartmentInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Who a simulated locker is and where it connects.
 *
 * @param shepherdEndpoint the primary Shepherd, for example {@code wss://localhost:8443/shepherd-1/lockers}
 * @param compartments     the compartments it is built with, all behind hinged doors, until a {@code configure}
 *                         installs a layout's
 * @param doorOpenTime     how long a door stays open before the simulated person closes it (a roller shutter stays
 *                         up until a {@code close} command)
 * @param fallbackEndpoint the Shepherd to move to when the primary is down; null for none
 */
public record LockerConfig(String lockerId, URI shepherdEndpoint, TokenSource tokens,
                           List<CompartmentInfo> compartments, Duration doorOpenTime, URI fallbackEndpoint) {

    /** A locker without a fallback Shepherd. */
    public LockerConfig(String lockerId, URI shepherdEndpoint, TokenSource tokens, List<CompartmentInfo> compartments,
                        Duration doorOpenTime) {
        this(lockerId, shepherdEndpoint, tokens, compartments, doorOpenTime, null);
    }

    /** The same locker with a fallback Shepherd. */
    public LockerConfig withFallback(URI fallback) {
        return new LockerConfig(lockerId, shepherdEndpoint, tokens, compartments, doorOpenTime, fallback);
    }

    /** Eight compartments in two columns, the layout of the demo lockers. */
    public static final List<CompartmentInfo> DEFAULT_COMPARTMENTS = List.of(
            new CompartmentInfo("A1", "XS"), new CompartmentInfo("A2", "S"), new CompartmentInfo("A3", "S"),
            new CompartmentInfo("A4", "M"), new CompartmentInfo("B1", "M"), new CompartmentInfo("B2", "L"),
            new CompartmentInfo("B3", "L"), new CompartmentInfo("B4", "XL"));

    public static final Duration DEFAULT_DOOR_OPEN_TIME = Duration.ofSeconds(3);

    public LockerConfig {
        Objects.requireNonNull(lockerId, "lockerId");
        Objects.requireNonNull(shepherdEndpoint, "shepherdEndpoint");
        Objects.requireNonNull(tokens, "tokens");
        compartments = List.copyOf(compartments);
        if (doorOpenTime.isNegative()) {
            throw new IllegalArgumentException("doorOpenTime must not be negative: " + doorOpenTime);
        }
    }

    /** The default layout and a door that stays open three seconds. */
    public static LockerConfig of(String lockerId, URI shepherdEndpoint, TokenSource tokens) {
        return new LockerConfig(lockerId, shepherdEndpoint, tokens, DEFAULT_COMPARTMENTS, DEFAULT_DOOR_OPEN_TIME);
    }
}
