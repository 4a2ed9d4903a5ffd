package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * One frame of the locker protocol. Every frame names its type, the locker it concerns, the sender's sequence
 * number and the sender's clock.
 */
public sealed interface LockerMessage
        permits Hello, Welcome, Command, CommandAck, LockEvent, DoorEvent, Ping, Pong, Reauth, Reauthenticated,
                Vitals, SensorEvent, CodeEntry, CodeResult, Ack, Configure, ConfigureAck {

    /** Protocol version written into every frame. */
    int VERSION = 1;

    String locker();

    long seq();

    Instant ts();

    default String type() {
        return MessageType.of(this).wire();
    }
}
