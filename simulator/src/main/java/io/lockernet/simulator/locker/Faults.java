package io.lockernet.simulator.locker;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * What can go wrong with a locker in the field, switched on and off while it runs. All off by default. Link
 * outages are {@link SimulatedLocker#outage}; hostile behaviour is {@link #hostile}, or
 * {@link SimulatedLocker#sendRaw} with frames of one's choosing.
 */
public final class Faults {

    private volatile boolean jammedLock;
    private volatile boolean stuckDoorSensor;
    private volatile boolean duplicateCommands;
    private volatile Duration commandDelay = Duration.ZERO;
    private volatile Duration clockSkew = Duration.ZERO;
    private volatile Set<Hostility> hostility = Set.of();
    private volatile String impersonated = Hostility.NOBODY;
    private volatile boolean breakLinkWithNextEvent;

    /** The lock fires (a {@code lock} frame is sent) but the door stays shut: no {@code door} frames. */
    public Faults jammedLock(boolean on) {
        this.jammedLock = on;
        return this;
    }

    /** The door opens and closes, but its sensor reports nothing: no {@code door} frames. */
    public Faults stuckDoorSensor(boolean on) {
        this.stuckDoorSensor = on;
        return this;
    }

    /** Every command arrives twice, as when a network resends it; a locker must fire once. */
    public Faults duplicateCommands(boolean on) {
        this.duplicateCommands = on;
        return this;
    }

    /** Every command is handled this long after it arrives, as on a slow GSM link. */
    public Faults commandDelay(Duration delay) {
        if (Objects.requireNonNull(delay).isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        this.commandDelay = delay;
        return this;
    }

    /** The locker's clock runs this far ahead (negative: behind); frame times and deadline checks use it. */
    public Faults clockSkew(Duration skew) {
        this.clockSkew = Objects.requireNonNull(skew);
        return this;
    }

    /** After every welcome the locker misbehaves in these ways (see {@link Hostility}); none: it behaves. */
    public Faults hostile(Hostility... modes) {
        this.hostility = Set.copyOf(Arrays.asList(modes));
        return this;
    }

    /**
     * The next event (lock, door, sensor, vitals, command-ack, configure-ack) is written into a link that breaks at that moment: it
     * never reaches the Shepherd, and the connection ends without a close handshake. Once, then off again. A locker
     * that gets acknowledgements (v1.1) sends it again after reconnecting; a v1 locker has lost it.
     */
    public Faults breakLinkWithNextEvent(boolean on) {
        this.breakLinkWithNextEvent = on;
        return this;
    }

    /** True once, if the next event is to be lost with a breaking link; the fault is then off. */
    synchronized boolean takeBreakLinkWithNextEvent() {
        boolean on = breakLinkWithNextEvent;
        breakLinkWithNextEvent = false;
        return on;
    }

    /** The locker a {@link Hostility#FORGE forged} frame claims to come from; {@value Hostility#NOBODY} unless set. */
    public Faults impersonating(String otherLocker) {
        this.impersonated = Objects.requireNonNull(otherLocker);
        return this;
    }

    public boolean jammedLock() { return jammedLock; }
    public boolean stuckDoorSensor() { return stuckDoorSensor; }
    public boolean duplicateCommands() { return duplicateCommands; }
    public Duration commandDelay() { return commandDelay; }
    public Duration clockSkew() { return clockSkew; }
    public Set<Hostility> hostility() { return hostility; }
    public String impersonated() { return impersonated; }
}
