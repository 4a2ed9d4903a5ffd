package io.lockernet.simulator.locker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each hostile frame is one the protocol refuses, for the reason its mode is named after. */
class HostileFramesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");

    @Test
    void notJsonIsNoJsonAtAll() {
        String frame = HostileFrames.notJson("L-0005");

        assertThrows(JsonException.class, () -> Json.createReader(new StringReader(frame)).readValue());
        MalformedMessageException refused = assertThrows(MalformedMessageException.class,
                () -> MessageCodec.read(frame));
        assertTrue(refused.getMessage().contains("not valid JSON"), refused.getMessage());
    }

    @Test
    void unknownTypeIsValidJsonOfTheLockerButNoProtocolMessage() {
        String frame = HostileFrames.unknownType("L-0005", 42, NOW);

        JsonObject json = Json.createReader(new StringReader(frame)).readObject();
        assertEquals("L-0005", json.getString("locker"));
        assertEquals(42, json.getJsonNumber("seq").longValue());
        MalformedMessageException refused = assertThrows(MalformedMessageException.class,
                () -> MessageCodec.read(frame));
        assertTrue(refused.getMessage().contains("unknown message type"), refused.getMessage());
    }

    @Test
    void forgedFrameIsAWellFormedDoorEventInTheOtherLockersName() {
        DoorEvent forged = assertInstanceOf(DoorEvent.class,
                MessageCodec.read(HostileFrames.forged("L-0006", 7, NOW)));

        assertEquals("L-0006", forged.locker());
        assertEquals(DoorEvent.State.OPEN, forged.state());
        assertEquals(null, forged.impulse(), "a door opened without an impulse");
        assertEquals(NOW, forged.ts());
    }
}
