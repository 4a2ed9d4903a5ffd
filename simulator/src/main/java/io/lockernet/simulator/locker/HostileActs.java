package io.lockernet.simulator.locker;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What a hostile locker does on a connection once it is welcomed, in the order flood, forge, malformed: with several
 * {@link Hostility hostilities} the Shepherd's first refusal ends the link. Nothing is sent once the link is gone.
 */
final class HostileActs {

    /** Flood pings go out in bursts this often, so a flood takes one timer task per tick, not one per ping. */
    private static final Duration FLOOD_TICK = Duration.ofMillis(100);
    private static final int FLOOD_BURST = (int) (Hostility.FLOOD_PER_SECOND * FLOOD_TICK.toMillis() / 1_000);

    private final String lockerId;
    private final Faults faults;
    private final LockerBehaviour behaviour;
    private final Consumer<String> raw;
    private final BiConsumer<Duration, Runnable> later;

    HostileActs(String lockerId, Faults faults, LockerBehaviour behaviour, Consumer<String> raw,
                BiConsumer<Duration, Runnable> later) {
        this.lockerId = lockerId;
        this.faults = faults;
        this.behaviour = behaviour;
        this.raw = raw;
        this.later = later;
    }

    /** Misbehaves as the faults say, for as long as {@code linkLasts}; does nothing for a locker that behaves. */
    void start(BooleanSupplier linkLasts) {
        Set<Hostility> modes = faults.hostility();
        if (modes.contains(Hostility.FLOOD)) {
            flood(linkLasts, 0);
        }
        if (modes.contains(Hostility.FORGE) && linkLasts.getAsBoolean()) {
            raw.accept(HostileFrames.forged(faults.impersonated(), behaviour.lastSeq() + 1, Instant.now()));
        }
        if (modes.contains(Hostility.MALFORMED)) {
            sendIfLasting(linkLasts, HostileFrames.notJson(lockerId));
            sendIfLasting(linkLasts, HostileFrames.unknownType(lockerId, behaviour.lastSeq() + 1, Instant.now()));
        }
    }

    private void flood(BooleanSupplier linkLasts, long sent) {
        long count = sent;
        for (int i = 0; i < FLOOD_BURST && linkLasts.getAsBoolean(); i++) {
            behaviour.ping("flood-" + count++);
        }
        if (linkLasts.getAsBoolean()) {
            long next = count;
            later.accept(FLOOD_TICK, () -> flood(linkLasts, next));
        }
    }

    private void sendIfLasting(BooleanSupplier linkLasts, String frame) {
        if (linkLasts.getAsBoolean()) {
            raw.accept(frame);
        }
    }
}
