package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MessageCodec;
import jakarta.json.Json;
import java.time.Instant;

/** The frames a hostile locker sends: each one the Shepherd must refuse. */
final class HostileFrames {

    /** A type no protocol version has: valid JSON, not a valid message. */
    static final String UNKNOWN_TYPE = "self-destruct";

    private HostileFrames() {
    }

    /** Starts like a door event and breaks off: not JSON at all. */
    static String notJson(String lockerId) {
        return "{\"v\":1,\"type\":\"door\",\"locker\":\"" + lockerId + "\" this is not JSON";
    }

    static String unknownType(String lockerId, long seq, Instant ts) {
        return Json.createObjectBuilder().add("v", LockerMessage.VERSION).add("type", UNKNOWN_TYPE)
                .add("locker", lockerId).add("seq", seq).add("ts", ts.toString()).build().toString();
    }

    /**
     * A door of another locker (A1, in the demo layout) opened without an impulse: were the Shepherd to believe it,
     * a false tamper alarm at that locker.
     */
    static String forged(String otherLocker, long seq, Instant ts) {
        return MessageCodec.write(new DoorEvent(otherLocker, seq, ts, "A1", DoorEvent.State.OPEN, null));
    }
}
