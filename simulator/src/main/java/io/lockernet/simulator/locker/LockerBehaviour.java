package io.lockernet.simulator.locker;

import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.Configure;
import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.api.protocol.CodeEntry;
import io.lockernet.api.protocol.CompartmentInfo;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Ping;
import io.lockernet.api.protocol.Pong;
import io.lockernet.api.protocol.Reauth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a locker does with the frames it receives: the decisions of the firmware, without a network. It answers
 * commands (expired, rejected or accepted, then lock, door open and later door closed) and pings, and numbers
 * every frame it sends.
 *
 * <p>Its compartments are those it was built with until a {@code configure} (protocol v1.2) installs a layout's:
 * checked against the layout rules, applied as a whole or rejected with the first problem, and from then on reported
 * with its version in every {@code hello}. A compartment that keeps its name keeps its door's state; one the layout
 * no longer has is gone. A roller shutter stays up after {@code open} (the simulated person leaves it) until a
 * {@code close} command lowers it.
 *
 * <p>{@link Faults} make it misbehave as field lockers do: a jammed lock, a stuck door sensor, slow or duplicated
 * commands, a clock that is off.
 *
 * <p>Methods are synchronized so that a frame's sequence number and its place in the outbound stream agree:
 * the door timer and the socket's reader call in from different threads. The installed layout is replaced under the
 * same lock and read without it (it is immutable).
 */
public class LockerBehaviour {

    private static final int REMEMBERED_IMPULSES = 1_000;
    private static final String OPEN = "open";
    private static final String CLOSE = "close";

    private final String lockerId;
    private volatile InstalledLayout layout;
    private final Duration doorOpenTime;
    private final Clock clock;
    private final Consumer<LockerMessage> outbound;
    private final DelayedTasks delayedTasks;
    /** Compartment to the impulse that opened its door; an empty string for a door opened without one. */
    private final Map<String, String> openDoors = new HashMap<>();
    private final Map<String, CommandAck> answeredImpulses = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CommandAck> eldest) {
            return size() > REMEMBERED_IMPULSES;
        }
    };
    private long seq;
    private final Faults faults = new Faults();

    private final Instant started;

    public LockerBehaviour(String lockerId, List<CompartmentInfo> compartments, Duration doorOpenTime, Clock clock,
                           Consumer<LockerMessage> outbound, DelayedTasks delayedTasks) {
        this.lockerId = lockerId;
        this.layout = InstalledLayout.factory(compartments);
        this.doorOpenTime = doorOpenTime;
        this.clock = clock;
        this.outbound = outbound;
        this.delayedTasks = delayedTasks;
        // A real locker keeps its counter in flash. Starting from the clock (µs-sized steps from epoch millis)
        // keeps a fresh simulator for the same locker above every number an earlier run used.
        this.seq = clock.millis() * 1_000;
        this.started = clock.instant();
    }

    /** Who it is, with the compartments and configuration version it has now. */
    public synchronized void hello(String firmware, boolean acks) {
        InstalledLayout installed = layout;
        outbound.accept(new Hello(lockerId, ++seq, now(), firmware, installed.configVersion(),
                installed.compartments(), acks));
    }

    /** The version of the configuration it has: its own until a {@code configure} was applied. */
    public String configVersion() {
        return layout.configVersion();
    }

    /** The compartments it has now, as its {@code hello} reports them. */
    public List<CompartmentInfo> compartments() {
        return layout.compartments();
    }

    /** Reacts to a frame from the Shepherd; frames that need no answer are ignored. */
    public synchronized void receive(LockerMessage message) {
        if (message instanceof Command command) {
            int times = faults.duplicateCommands() ? 2 : 1;
            for (int i = 0; i < times; i++) {
                if (faults.commandDelay().isZero()) {
                    execute(command);
                } else {
                    delayedTasks.after(faults.commandDelay(), () -> executeLater(command));
                }
            }
        } else if (message instanceof Ping ping) {
            outbound.accept(new Pong(lockerId, ++seq, now(), ping.nonce()));
        } else if (message instanceof Configure configure) {
            configure(configure);
        }
    }

    public synchronized void enterCode(String code) {
        outbound.accept(new CodeEntry(lockerId, ++seq, now(), code));
    }

    public synchronized void vitals(double temperatureC, double supplyVoltage, int batteryPercent, int signalDbm) {
        outbound.accept(new Vitals(lockerId, ++seq, now(), temperatureC, supplyVoltage, batteryPercent, signalDbm,
                Duration.between(started, now()).toSeconds()));
    }

    public synchronized void sense(String compartment, SensorEvent.Kind kind, boolean value) {
        outbound.accept(new SensorEvent(lockerId, ++seq, now(), compartment, kind, value));
    }

    public synchronized void ping(String nonce) {
        outbound.accept(new Ping(lockerId, ++seq, now(), nonce));
    }

    /** Presents a fresh token on the open connection, before the current one expires. */
    public synchronized void reauth(String token) {
        outbound.accept(new Reauth(lockerId, ++seq, now(), token));
    }

    /** Someone forces the door: it opens with no impulse (the Core raises a tamper alarm) and closes later. */
    public synchronized void openDoorWithoutImpulse(String compartment) {
        openDoor(compartment, null);
    }

    public synchronized long lastSeq() {
        return seq;
    }

    public Faults faults() {
        return faults;
    }

    private synchronized void executeLater(Command command) {
        execute(command);
    }

    private void execute(Command command) {
        CommandAck earlier = answeredImpulses.get(answerKey(command));
        if (earlier != null) {
            // a resent command must never fire the lock twice; repeating the answer lets the sender settle it
            acknowledge(command, earlier.status(), earlier.reason());
            return;
        }
        String refusal = refusal(command);
        if (now().isAfter(command.deadline())) {
            acknowledge(command, CommandAck.Status.EXPIRED, "deadline " + command.deadline() + " has passed");
        } else if (refusal != null) {
            acknowledge(command, CommandAck.Status.REJECTED, refusal);
        } else if (CLOSE.equals(command.action())) {
            acknowledge(command, CommandAck.Status.ACCEPTED, null);
            lowerShutter(command);
        } else {
            acknowledge(command, CommandAck.Status.ACCEPTED, null);
            outbound.accept(new LockEvent(lockerId, ++seq, now(), command.impulse(), command.compartment()));
            if (!faults.jammedLock()) {
                openDoor(command.compartment(), command.impulse());
            }
        }
    }

    /**
     * What makes a command a repeat: its impulse and its action. A shutter's {@code close} carries the id of the
     * {@code open} that raised it, and is a command of its own.
     */
    private static String answerKey(Command command) {
        return CLOSE.equals(command.action()) ? command.impulse() + " close" : command.impulse();
    }

    private String refusal(Command command) {
        if (!lockerId.equals(command.locker())) {
            return "command is for locker " + command.locker() + ", this is " + lockerId;
        }
        if (!OPEN.equals(command.action()) && !CLOSE.equals(command.action())) {
            return "unsupported action '" + command.action() + "'";
        }
        if (!layout.has(command.compartment())) {
            return "unknown compartment '" + command.compartment() + "'";
        }
        if (CLOSE.equals(command.action())) {
            return layout.rollerShutter(command.compartment()) ? null
                    : "compartment " + command.compartment() + " has no roller shutter";
        }
        if (openDoors.containsKey(command.compartment())) {
            return "door of " + command.compartment() + " is already open";
        }
        return null;
    }

    private void acknowledge(Command command, CommandAck.Status status, String reason) {
        CommandAck ack = new CommandAck(lockerId, ++seq, now(), command.impulse(), status, reason);
        answeredImpulses.put(answerKey(command), ack);
        outbound.accept(ack);
    }

    private void openDoor(String compartment, String impulse) {
        if (openDoors.containsKey(compartment)) {
            return;
        }
        openDoors.put(compartment, impulse == null ? "" : impulse);
        if (!faults.stuckDoorSensor()) {
            outbound.accept(new DoorEvent(lockerId, ++seq, now(), compartment, DoorEvent.State.OPEN, impulse));
        }
        if (!layout.rollerShutter(compartment)) {
            delayedTasks.after(doorOpenTime, () -> closeDoor(compartment));
        }
    }

    /**
     * A {@code close} lowers the shutter: {@code door closed} with the close command's impulse, which completes it.
     * A shutter that is down already is closed all the same (the motor runs to its stop), so that every accepted
     * close ends the same way.
     */
    private void lowerShutter(Command command) {
        openDoors.remove(command.compartment());
        if (!faults.stuckDoorSensor()) {
            outbound.accept(new DoorEvent(lockerId, ++seq, now(), command.compartment(), DoorEvent.State.CLOSED,
                    command.impulse()));
        }
    }

    /**
     * Installs a layout as a whole, or nothing: one that breaks a rule (or is meant for another locker) is rejected
     * with the first problem. The same version again is applied again.
     */
    private void configure(Configure configure) {
        String refusal = !lockerId.equals(configure.locker())
                ? "configure is for locker " + configure.locker() + ", this is " + lockerId
                : LayoutRules.problems(configure.layout()).stream().findFirst().orElse(null);
        if (refusal != null) {
            outbound.accept(new ConfigureAck(lockerId, ++seq, now(), configure.configVersion(),
                    ConfigureAck.Status.REJECTED, refusal));
            return;
        }
        InstalledLayout before = layout;
        layout = InstalledLayout.configured(configure.configVersion(), LayoutRules.place(configure.layout()));
        openDoors.keySet().retainAll(layout.names());
        for (String compartment : openDoors.keySet()) {
            if (before.rollerShutter(compartment) && !layout.rollerShutter(compartment)) {
                // a shutter left up is a hinged door now: the person closes it like any other
                delayedTasks.after(doorOpenTime, () -> closeDoor(compartment));
            }
        }
        outbound.accept(new ConfigureAck(lockerId, ++seq, now(), configure.configVersion(),
                ConfigureAck.Status.APPLIED, null));
    }

    private synchronized void closeDoor(String compartment) {
        String impulse = openDoors.remove(compartment);
        if (impulse != null && !faults.stuckDoorSensor()) {
            outbound.accept(new DoorEvent(lockerId, ++seq, now(), compartment, DoorEvent.State.CLOSED,
                    impulse.isEmpty() ? null : impulse));
        }
    }

    private Instant now() {
        return clock.instant().plus(faults.clockSkew());
    }

    /** Runs a task later: the locker's scheduler in a running locker, a hand-cranked list in tests. */
    @FunctionalInterface
    public interface DelayedTasks {
        void after(Duration delay, Runnable task);
    }
}
