package io.lockernet.core.device.control;

import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.device.entity.DeviceEvent;
import io.lockernet.core.impulse.control.ImpulseProgress;
import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.impulse.control.StateBroadcast;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.layout.control.Layouts;
import io.lockernet.core.locker.control.LockerDevices;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies one frame from a locker, once. A frame whose (locker, seq) was already recorded is a replay or a
 * redelivery and changes nothing; two copies racing each other meet at the primary key, and the loser's
 * transaction is rolled back and redelivered, to be skipped then.
 */
@ApplicationScoped
public class DeviceFrames {

    private static final Logger LOG = Logger.getLogger(DeviceFrames.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    LockerDevices lockers;

    @EJB
    Layouts layouts;

    @EJB
    Alarms alarms;

    @Inject
    ImpulseProgress progress;

    @Inject
    Event<DoorClosed> doorClosed;

    @Inject
    StateBroadcast broadcast;

    @Inject
    Readings readings;

    /**
     * How far back a frame's own {@code ts} is believed: a locker keeps what happens during an outage and sends it
     * afterwards, and a door closed then was closed then, not at the replay. Older, or later than it arrived, and the
     * locker's clock is wrong: the arrival counts.
     */
    static final Duration REPLAY_HORIZON = Duration.ofDays(7);

    /** Returns false when the frame had been recorded before. */
    public boolean apply(LockerMessage frame, Instant receivedAt) {
        if (frame instanceof Vitals || frame instanceof SensorEvent s && s.kind() == SensorEvent.Kind.OCCUPANCY) {
            // history readings on the realtime path: only with lockernet.tiers=realtime-only (the benchmark)
            lockers.heardFrom(frame.locker(), receivedAt);
            return readings.record(List.of(frame), receivedAt) == 1;
        }
        if (em.find(DeviceEvent.class, new DeviceEvent.Key(frame.locker(), frame.seq())) != null) {
            LOG.fine(() -> "frame " + frame.locker() + "#" + frame.seq() + " already recorded");
            return false;
        }
        em.persist(record(frame, receivedAt));
        lockers.heardFrom(frame.locker(), receivedAt);
        Instant at = occurredAt(frame, receivedAt);
        if (frame instanceof Hello h) {
            lockers.announced(h.locker(), h.firmware(), h.configVersion(), h.compartments(), at);
        } else if (frame instanceof CommandAck a) {
            acknowledged(a, at);
        } else if (frame instanceof LockEvent l) {
            progress.advance(l.locker(), l.impulse(), ImpulseState.LOCK_FIRED, at, null);
        } else if (frame instanceof DoorEvent d) {
            door(d, at);
        } else if (frame instanceof SensorEvent s && s.value()) {
            motion(s);
        } else if (frame instanceof ConfigureAck c) {
            layouts.acknowledged(c.locker(), c.configVersion(), c.status(), c.reason(), at);
        }
        return true;
    }

    /** When what the frame reports happened: its {@code ts}, unless the locker's clock cannot be right. */
    static Instant occurredAt(LockerMessage frame, Instant receivedAt) {
        Instant ts = frame.ts();
        if (ts == null || ts.isAfter(receivedAt) || ts.isBefore(receivedAt.minus(REPLAY_HORIZON))) {
            return receivedAt;
        }
        return ts;
    }

    /** Motion inside a closed compartment a person fits in: someone may be shut inside. */
    private void motion(SensorEvent motion) {
        Compartment compartment = lockers.compartment(motion.locker(), motion.compartment());
        if (!compartment.sizeClass().fitsAPerson() || compartment.state() == CompartmentState.OPEN
                || Boolean.TRUE.equals(compartment.deviceDoorOpen())) {
            return;
        }
        String detail = "motion inside closed compartment " + motion.locker() + "/" + motion.compartment()
                + " (" + compartment.size() + "): a person may be shut inside";
        alarms.raise(AlarmKind.PERSON_INSIDE, motion.locker(), motion.compartment(), detail);
        broadcast.alarm(AlarmKind.PERSON_INSIDE.name(), motion.locker(), motion.compartment(), detail);
    }

    private void acknowledged(CommandAck ack, Instant at) {
        switch (ack.status()) {
            case ACCEPTED -> progress.advance(ack.locker(), ack.impulse(), ImpulseState.DELIVERED, at, null);
            case EXPIRED -> progress.advance(ack.locker(), ack.impulse(), ImpulseState.EXPIRED, at,
                    "expired: reached the locker after its deadline; the lock was not fired");
            case REJECTED -> progress.advance(ack.locker(), ack.impulse(), ImpulseState.FAILED, at,
                    "rejected by the locker: " + ack.reason());
        }
    }

    private void door(DoorEvent door, Instant at) {
        boolean open = door.state() == DoorEvent.State.OPEN;
        Optional<Impulse> moved = door.impulse() == null ? Optional.empty()
                : progress.advance(door.locker(), door.impulse(),
                        open ? ImpulseState.DOOR_OPEN : ImpulseState.DOOR_CLOSED, at, null);
        // loaded after the impulse moved: its claim was changed by an UPDATE the entity must not overwrite
        Compartment compartment = lockers.compartment(door.locker(), door.compartment());
        // a door event older than the last one seen (kept through an outage, replayed after a newer live one) is a
        // fact about its impulse and reservation, not about the door now
        boolean current = compartment.deviceSaw(open, null, at);
        if (open) {
            if (current && compartment.state() != CompartmentState.OUT_OF_SERVICE) {
                compartment.changeState(CompartmentState.OPEN);
            }
            if (door.impulse() == null) {
                String detail = "door of " + door.locker() + "/" + door.compartment() + " opened without an impulse";
                alarms.raise(AlarmKind.TAMPER, door.locker(), door.compartment(), detail);
                broadcast.alarm(AlarmKind.TAMPER.name(), door.locker(), door.compartment(), detail);
            }
        } else {
            // an older close still settles the compartment when the door is known closed now (a hello after the
            // outage may have said so before the replayed close arrived); only a newer open leaves it alone
            doorClosed.fire(new DoorClosed(compartment, moved.orElse(null), at,
                    current || Boolean.FALSE.equals(compartment.deviceDoorOpen())));
        }
        broadcast.compartmentChanged(compartment);
    }

    private static DeviceEvent record(LockerMessage frame, Instant receivedAt) {
        String compartment = null;
        String impulse = null;
        if (frame instanceof DoorEvent d) {
            compartment = d.compartment();
            impulse = d.impulse();
        } else if (frame instanceof LockEvent l) {
            compartment = l.compartment();
            impulse = l.impulse();
        } else if (frame instanceof CommandAck a) {
            impulse = a.impulse();
        } else if (frame instanceof SensorEvent s) {
            compartment = s.compartment();
        }
        return new DeviceEvent(frame.locker(), frame.seq(), frame.type(), compartment, impulse, frame.ts(), receivedAt);
    }
}
