package io.lockernet.api.protocol;

import java.util.Arrays;
import java.util.Optional;

/** The wire names of the message types. */
public enum MessageType {
    HELLO("hello"), WELCOME("welcome"), COMMAND("command"), COMMAND_ACK("command-ack"),
    LOCK("lock"), DOOR("door"), PING("ping"), PONG("pong"), REAUTH("reauth"), REAUTHENTICATED("reauthenticated"),
    VITALS("vitals"), SENSOR("sensor"), CODE("code"), CODE_RESULT("code-result"), ACK("ack"),
    CONFIGURE("configure"), CONFIGURE_ACK("configure-ack");

    private final String wire;

    MessageType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Frames only a Shepherd sends: a locker that sends one is closed with 4400. */
    public boolean sentByShepherdOnly() {
        return this == WELCOME || this == COMMAND || this == REAUTHENTICATED || this == CODE_RESULT || this == ACK
                || this == CONFIGURE;
    }

    public static Optional<MessageType> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }

    // instanceof rather than a pattern switch: pattern switches are a preview feature on Java 17, our release
    public static MessageType of(LockerMessage message) {
        if (message instanceof Hello) {
            return HELLO;
        } else if (message instanceof Welcome) {
            return WELCOME;
        } else if (message instanceof Command) {
            return COMMAND;
        } else if (message instanceof CommandAck) {
            return COMMAND_ACK;
        } else if (message instanceof LockEvent) {
            return LOCK;
        } else if (message instanceof DoorEvent) {
            return DOOR;
        } else if (message instanceof Ping) {
            return PING;
        } else if (message instanceof Pong) {
            return PONG;
        } else if (message instanceof Reauth) {
            return REAUTH;
        } else if (message instanceof Reauthenticated) {
            return REAUTHENTICATED;
        } else if (message instanceof Vitals) {
            return VITALS;
        } else if (message instanceof SensorEvent) {
            return SENSOR;
        } else if (message instanceof CodeEntry) {
            return CODE;
        } else if (message instanceof CodeResult) {
            return CODE_RESULT;
        } else if (message instanceof Ack) {
            return ACK;
        } else if (message instanceof Configure) {
            return CONFIGURE;
        } else if (message instanceof ConfigureAck) {
            return CONFIGURE_ACK;
        }
        throw new IllegalArgumentException("not a protocol message: " + message);
    }
}
