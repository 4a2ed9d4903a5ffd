package io.lockernet.api.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCodecTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00.123Z");
    private static final LockerLayout LAYOUT = new LockerLayout(List.of(
            new LockerLayout.Module("control", List.of(new LockerLayout.Compartment("A1", "s"),
                    new LockerLayout.Compartment("A2", "low"))),
            new LockerLayout.Module("wide", List.of(new LockerLayout.Compartment("B1", "roller-shutter")))));
    private static final String CONFIGURE = "{\"v\":1,\"type\":\"configure\",\"locker\":\"L-0001\",\"seq\":3,"
            + "\"ts\":\"2026-11-23T19:00:00Z\",\"configVersion\":\"7\",\"modules\":";

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
                new Ack("L-0001", 20, NOW, List.of(44L, 45L)),
                new Configure("L-0001", 21, NOW, "7", LAYOUT),
                new ConfigureAck("L-0001", 22, NOW, "7", ConfigureAck.Status.APPLIED, null),
                new ConfigureAck("L-0001", 23, NOW, "7", ConfigureAck.Status.REJECTED, "module B is too high"));
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

    @Test
    void aConfigureCarriesEachCompartmentWithWhatFollowsFromItsPlace() {
        String json = MessageCodec.write(new Configure("L-0001", 3, NOW, "7", LAYOUT));

        assertTrue(json.contains("\"type\":\"configure\""), json);
        assertTrue(json.contains("\"configVersion\":\"7\""), json);
        assertTrue(json.contains("{\"name\":\"A2\",\"type\":\"low\",\"size\":\"M\",\"channel\":2,\"widthMm\":400,"
                + "\"heightMm\":290,\"depthMm\":600,\"bottomMm\":100,\"lowHeight\":true,\"door\":\"hinged\"}"), json);
        assertTrue(json.contains("\"channel\":3") && json.contains("\"door\":\"roller-shutter\""), json);
    }

    @Test
    void aConfigureIsSentOnlyByTheShepherdAndItsAckOnlyByTheLocker() {
        assertTrue(MessageType.CONFIGURE.sentByShepherdOnly());
        assertFalse(MessageType.CONFIGURE_ACK.sentByShepherdOnly());
        assertEquals("configure-ack", new ConfigureAck("L-0001", 1, NOW, "7", ConfigureAck.Status.APPLIED, null).type());
    }

    @Test
    void aConfigureAckIsLowerCaseAndItsReasonOptional() {
        String json = MessageCodec.write(new ConfigureAck("L-0001", 4, NOW, "7", ConfigureAck.Status.APPLIED, null));

        assertTrue(json.contains("\"status\":\"applied\""), json);
        assertFalse(json.contains("reason"), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "\"A1\"", "[1]", "[{\"kind\":\"control\"}]",
            "[{\"kind\":\"control\",\"compartments\":{}}]", "[{\"kind\":\"control\",\"compartments\":[\"A1\"]}]"})
    void aConfigureWithoutModulesOfCompartmentsIsMalformed(String modules) {
        String frame = modules.isEmpty() ? CONFIGURE.replace(",\"modules\":", "}") : CONFIGURE + modules + "}";

        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> MessageCodec.read(frame));
        assertTrue(e.getMessage().contains("modules"), e.getMessage());
    }

    @Test
    void aConfigureWithoutAVersionOrAnAckWithAnUnknownStatusIsMalformed() {
        String noVersion = CONFIGURE.replace("\"configVersion\":\"7\",", "") + "[]}";
        String ack = "{\"v\":1,\"type\":\"configure-ack\",\"locker\":\"L-0001\",\"seq\":3,"
                + "\"ts\":\"2026-11-23T19:00:00Z\",\"configVersion\":\"7\",\"status\":\"maybe\"}";

        assertThrows(MalformedMessageException.class, () -> MessageCodec.read(noVersion));
        assertThrows(MalformedMessageException.class, () -> MessageCodec.read(ack));
    }

    /** The shape is the codec's; the catalogue is the rules': the locker can then say what it rejects and why. */
    @Test
    void aConfigureWithATypeNotInTheCatalogueIsReadAndBreaksARule() {
        String frame = CONFIGURE + "[{\"kind\":\"control\",\"compartments\":[{\"name\":\"A1\",\"type\":\"xxl\"}]}]}";

        Configure configure = (Configure) MessageCodec.read(frame);

        assertEquals("xxl", configure.layout().modules().get(0).compartments().get(0).type());
        assertEquals(List.of("compartment A1 is of type 'xxl', which the catalogue does not have (xs, s, m, l, xl, "
                + "low, roller-shutter)"), LayoutRules.problems(configure.layout()));
    }

    @Test
    void aConfigureIsReadByNamesAndTypesAloneWhateverTheDerivedFieldsSay() {
        String frame = CONFIGURE + "[{\"kind\":\"control\",\"compartments\":[{\"name\":\"A1\",\"type\":\"m\","
                + "\"size\":\"XL\",\"channel\":99}]}]}";

        Configure configure = (Configure) MessageCodec.read(frame);

        assertEquals(new LockerLayout(List.of(new LockerLayout.Module("control",
                List.of(new LockerLayout.Compartment("A1", "m"))))), configure.layout());
    }
}
