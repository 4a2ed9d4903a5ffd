package io.lockernet.shepherd.link.control;

import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import java.time.Duration;

/**
 * A locker whose clock is off by more than the allowed skew at {@code hello} has its events dated by the Shepherd's
 * clock: each event's {@code ts} is moved by the offset seen at hello (a clock two hours behind would otherwise date a
 * deposit two hours early, and shorten its pickup window by as much). The same offset serves the events it replays
 * from before the hello: they come from the same clock.
 */
public final class ClockCorrection {

    private ClockCorrection() {
    }

    /** The event with {@code ts} less {@code offset} (the locker's clock minus the Shepherd's); others unchanged. */
    public static LockerMessage corrected(LockerMessage message, Duration offset) {
        if (offset.isZero()) {
            return message;
        }
        if (message instanceof DoorEvent d) {
            return new DoorEvent(d.locker(), d.seq(), d.ts().minus(offset), d.compartment(), d.state(), d.impulse());
        } else if (message instanceof LockEvent l) {
            return new LockEvent(l.locker(), l.seq(), l.ts().minus(offset), l.impulse(), l.compartment());
        } else if (message instanceof SensorEvent s) {
            return new SensorEvent(s.locker(), s.seq(), s.ts().minus(offset), s.compartment(), s.kind(), s.value());
        } else if (message instanceof CommandAck a) {
            return new CommandAck(a.locker(), a.seq(), a.ts().minus(offset), a.impulse(), a.status(), a.reason());
        } else if (message instanceof ConfigureAck a) {
            return new ConfigureAck(a.locker(), a.seq(), a.ts().minus(offset), a.configVersion(), a.status(),
                    a.reason());
        } else if (message instanceof Vitals v) {
            return new Vitals(v.locker(), v.seq(), v.ts().minus(offset), v.temperatureC(), v.supplyVoltage(),
                    v.batteryPercent(), v.signalDbm(), v.uptimeSeconds());
        }
        return message;
    }
}
