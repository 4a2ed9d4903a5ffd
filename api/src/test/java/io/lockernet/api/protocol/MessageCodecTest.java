package io.lockernet.api.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCodecTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00.123Z");

    @Test
    void everyMessageTypeSurvivesARoundTrip() {
        List<LockerMessage> messages = List.of(
                new Hello("L-0001", 1, NOW, "sim-1.0", "cfg-3", List.of(new CompartmentInfo("A1", "M"))),
                new Welcome("L-0001", 1, NOW, "shepherd-1"),
                new Command("L-0001", 2, NOW, "imp-1", "A1", "open", NOW.plusSeconds(15)),
                new CommandAck("L-0001", 2, NOW, "imp-1", CommandAck.Status.EXPIRED, "deadline passed"),
                new CommandAck("L-0001", 3, NOW, "imp-1", CommandAck.Status.ACCEPTED, null),
                new LockEvent("L-0001", 4, NOW, "imp-1", "A1"),
                new DoorEvent("L-0001", 5, NOW, "A1", DoorEvent.State.OPEN, "imp-1"),
                new DoorEvent("L-0001", 6, NOW, "A1", DoorEvent.State.CLOSED, null),
                new Ping("L-0001", 7, NOW, "n1"),
                new Pong("L-0001", 8, NOW, "n1"),
                new Reauth("L-0001", 9, NOW, "eyJ.token.sig"),
                new Reauthenticated("L-0001", 10, NOW, NOW.plusSeconds(300)),
                new Hello("L-0001", 11, NOW, "sim-1.0", "cfg-3", List.of(new CompartmentInfo("A1", "M", true, false))),
                new Vitals("L-0001", 12, NOW, 21.5, 23.9, 87, -71, 86_400L),
                new Vitals("L-0001", 13, NOW, null, null, null, null, null),
                new SensorEvent("L-0001", 14, NOW, "B4", SensorEvent.Kind.MOTION, true),
                new CodeEntry("L-0001", 15, NOW, "048213"),
                new CodeResult("L-0001", 16, NOW, true, "A1", "imp-2", null),
                new CodeResult("L-0001", 17, NOW, false, null, null, "wrong code"),
                new Hello("L-0001", 18, NOW, "sim-1.1", "cfg-3", List.of(new CompartmentInfo("A1", "M")), true),
                new Welcome("L-0001", 19, NOW, "shepherd-1", true),
                new Ack("L-0001", 20, NOW, List.of(44L, 45L)));
        for (LockerMessage message : messages) {
            assertEquals(message, MessageCodec.read(MessageCodec.write(message)));
        }
    }

    @Test
    void anAckNamesOneToAThousandWholeSequenceNumbers() {
        String frame = "{\"v\":1,\"type\":\"ack\",\"locker\":\"L-0001\",\"seq\":3,\"ts\":\"2026-12-02T10:00:00Z\",\"seqs\":";
        for (String bad : List.of("[]", "[1.5]", "[\"44\"]", "44", "null")) {
            assertThrows(MalformedMessageException.class, () -> MessageCodec.read(frame + bad + "}"), bad);
        }
        assertEquals(List.of(44L), ((Ack) MessageCodec.read(frame + "[44]}")).seqs());
    }

    @Test
    void aV1HelloAndWelcomeHaveNoAcks() {
        String hello = MessageCodec.write(new Hello("L-0001", 1, NOW, "fw", "cfg", List.of()));
        assertFalse(hello.contains("acks"), hello);
        assertFalse(((Hello) MessageCodec.read(hello)).acks());
    }

    @Test
    void wireNamesAreLowerCase() {
        String json = MessageCodec.write(new DoorEvent("L-0001", 5, NOW, "A1", DoorEvent.State.OPEN, "imp-1"));
        assertTrue(json.contains("\"type\":\"door\""), json);
        assertTrue(json.contains("\"state\":\"open\""), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "[1,2]", "{\"v\":2,\"type\":\"ping\"}",
            "{\"v\":1,\"type\":\"teleport\",\"locker\":\"L\",\"seq\":1,\"ts\":\"2026-11-23T19:00:00Z\"}",
            "{\"v\":1,\"type\":\"ping\",\"locker\":\"L\",\"seq\":\"one\",\"ts\":\"2026-11-23T19:00:00Z\",\"nonce\":\"n\"}",
            "{\"v\":1,\"type\":\"ping\",\"locker\":\"L\",\"seq\":1,\"ts\":\"yesterday\",\"nonce\":\"n\"}",
            "{\"v\":1,\"type\":\"door\",\"locker\":\"L\",\"seq\":1,\"ts\":\"2026-11-23T19:00:00Z\",\"compartment\":\"A1\",\"state\":\"ajar\"}",
            "{\"v\":1,\"type\":\"code\",\"locker\":\"L\",\"seq\":1,\"ts\":\"2026-11-23T19:00:00Z\",\"code\":\"12; drop\"}",
            "{\"v\":1,\"type\":\"sensor\",\"locker\":\"L\",\"seq\":1,\"ts\":\"2026-11-23T19:00:00Z\",\"compartment\":\"A1\",\"kind\":\"motion\",\"value\":\"yes\"}",
            "{\"v\":1,\"type\":\"vitals\",\"locker\":\"L\",\"seq\":1,\"ts\":\"2026-11-23T19:00:00Z\",\"batteryPercent\":99999999999}",
            "{\"v\":4294967297,\"type\":\"ping\",\"locker\":\"L\",\"seq\":1,\"ts\":\"2026-11-23T19:00:00Z\",\"nonce\":\"n\"}",
            "{\"v\":1,\"type\":\"ping\",\"locker\":\"L\",\"seq\":1e30,\"ts\":\"2026-11-23T19:00:00Z\",\"nonce\":\"n\"}",
            "{\"v\":1,\"type\":\"hello\",\"locker\":\"L\",\"seq\":1,\"ts\":\"2026-11-23T19:00:00Z\",\"firmware\":\"f\",\"configVersion\":\"c\",\"compartments\":{}}"
    })
    void malformedFramesAreRejectedWithAReason(String frame) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> MessageCodec.read(frame));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }
}
