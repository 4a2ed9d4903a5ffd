package io.lockernet.simulator.locker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.CompartmentInfo;
import io.lockernet.api.protocol.Configure;
import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.api.protocol.LockerMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A locker's behaviour with {@code configure} frames and roller shutters (protocol v1.2), without a network. */
class LockerConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");

    /** The demo locker's modules with B4 gone and a roller shutter beside them. */
    private static final LockerLayout WITH_SHUTTER = layout(module("control", "xs", "s", "s", "m"),
            module("wide", "m", "l", "l"), module("wide", "roller-shutter"));

    private final List<LockerMessage> sent = new ArrayList<>();
    private final List<Runnable> doorTimers = new ArrayList<>();
    private final LockerBehaviour locker = new LockerBehaviour("L-0001", LockerConfig.DEFAULT_COMPARTMENTS,
            Duration.ofSeconds(3), Clock.fixed(NOW, ZoneOffset.UTC), sent::add, (delay, task) -> doorTimers.add(task));

    @Test
    void anAppliedLayoutIsAcknowledgedAndEveryLaterHelloReportsItsVersionAndCompartments() {
        String factoryVersion = locker.configVersion();

        locker.receive(configure("layout-v3", WITH_SHUTTER));
        ConfigureAck ack = assertInstanceOf(ConfigureAck.class, last());
        locker.hello("fw", true);
        locker.hello("fw", true);

        assertEquals(ConfigureAck.Status.APPLIED, ack.status());
        assertEquals("layout-v3", ack.configVersion());
        assertNotEquals(factoryVersion, "layout-v3");
        for (LockerMessage message : sent.subList(1, 3)) {
            Hello hello = assertInstanceOf(Hello.class, message);
            assertEquals("layout-v3", hello.configVersion());
            assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "C1"),
                    hello.compartments().stream().map(CompartmentInfo::name).toList());
        }
        assertEquals(new CompartmentInfo("C1", "XXL"), locker.compartments().get(7));
        assertEquals("layout-v3", locker.configVersion());
    }

    @Test
    void aLayoutThatBreaksARuleIsRejectedWithItsFirstProblemAndChangesNothing() {
        List<CompartmentInfo> before = locker.compartments();
        String version = locker.configVersion();

        locker.receive(configure("layout-v4", layout(module("control", "m"), module("narrow", "xl"),
                module("control", "s"))));

        ConfigureAck ack = assertInstanceOf(ConfigureAck.class, last());
        assertEquals(ConfigureAck.Status.REJECTED, ack.status());
        assertEquals("layout-v4", ack.configVersion());
        assertEquals("a locker needs exactly one control module (its screen and keypad); this one has 2", ack.reason());
        assertEquals(before, locker.compartments());
        assertEquals(version, locker.configVersion());
    }

    @Test
    void theSameVersionAgainIsAppliedAgain() {
        locker.receive(configure("layout-v3", WITH_SHUTTER));
        locker.receive(configure("layout-v3", WITH_SHUTTER));

        assertEquals(2, sent.size(), sent.toString());
        assertTrue(sent.stream().allMatch(m -> ((ConfigureAck) m).status() == ConfigureAck.Status.APPLIED));
    }

    @Test
    void aCompartmentTheLayoutNoLongerHasIsGoneAndOneThatKeepsItsNameKeepsItsOpenDoor() {
        locker.receive(open("imp-1", "B4"));
        locker.receive(open("imp-2", "A4"));
        locker.receive(configure("layout-v3", WITH_SHUTTER));
        sent.clear();

        locker.receive(open("imp-3", "B4"));
        locker.receive(open("imp-4", "A4"));
        doorTimers.forEach(Runnable::run);

        assertEquals("unknown compartment 'B4'", ack(0).reason());
        assertEquals("door of A4 is already open", ack(1).reason());
        assertEquals(1, sent.stream().filter(DoorEvent.class::isInstance).count(), "only A4 closes: " + sent);
        assertEquals("A4", ((DoorEvent) last()).compartment());
    }

    @Test
    void aRollerShutterStaysUpAfterOpenUntilACloseLowersIt() {
        locker.receive(configure("layout-v3", WITH_SHUTTER));
        sent.clear();

        locker.receive(open("imp-1", "C1"));
        assertTrue(doorTimers.isEmpty(), "nobody pulls a shutter down");
        locker.receive(close("imp-2", "C1"));

        assertEquals(CommandAck.Status.ACCEPTED, ack(0).status());
        assertInstanceOf(LockEvent.class, sent.get(1));
        assertEquals(DoorEvent.State.OPEN, ((DoorEvent) sent.get(2)).state());
        CommandAck closing = assertInstanceOf(CommandAck.class, sent.get(3));
        assertEquals("imp-2", closing.impulse());
        assertEquals(CommandAck.Status.ACCEPTED, closing.status());
        DoorEvent closed = assertInstanceOf(DoorEvent.class, sent.get(4));
        assertEquals(DoorEvent.State.CLOSED, closed.state());
        assertEquals("imp-2", closed.impulse(), "the close command's impulse completes");
        assertEquals(5, sent.size(), "no lock is fired to lower a shutter: " + sent);
        locker.receive(open("imp-3", "C1"));
        assertEquals(CommandAck.Status.ACCEPTED, ((CommandAck) sent.get(5)).status(), "down again, it opens again");
    }

    @Test
    void closingAShutterThatIsDownIsAcceptedAndReportedClosed() {
        locker.receive(configure("layout-v3", WITH_SHUTTER));
        sent.clear();

        locker.receive(close("imp-1", "C1"));

        assertEquals(CommandAck.Status.ACCEPTED, ack(0).status());
        DoorEvent closed = assertInstanceOf(DoorEvent.class, sent.get(1));
        assertEquals(DoorEvent.State.CLOSED, closed.state());
        assertEquals("imp-1", closed.impulse());
    }

    @Test
    void closingAHingedDoorIsRejected() {
        locker.receive(close("imp-1", "A4"));

        assertEquals(1, sent.size(), sent.toString());
        assertEquals(CommandAck.Status.REJECTED, ack(0).status());
        assertEquals("compartment A4 has no roller shutter", ack(0).reason());
    }

    @Test
    void aShutterLeftUpThatBecomesAHingedDoorIsClosedByThePerson() {
        locker.receive(configure("layout-v3", WITH_SHUTTER));
        locker.receive(open("imp-1", "C1"));
        locker.receive(configure("layout-v4", layout(module("control", "xs", "s", "s", "m"),
                module("wide", "m", "l", "l"), module("wide", "xl"))));
        sent.clear();

        doorTimers.forEach(Runnable::run);

        DoorEvent closed = assertInstanceOf(DoorEvent.class, last());
        assertEquals("C1", closed.compartment());
        assertEquals("imp-1", closed.impulse());
    }

    private CommandAck ack(int index) {
        return sent.stream().filter(CommandAck.class::isInstance).map(CommandAck.class::cast).toList().get(index);
    }

    private LockerMessage last() {
        return sent.get(sent.size() - 1);
    }

    private static Configure configure(String version, LockerLayout layout) {
        return new Configure("L-0001", 1, NOW, version, layout);
    }

    private static Command open(String impulse, String compartment) {
        return new Command("L-0001", 1, NOW, impulse, compartment, "open", NOW.plusSeconds(15));
    }

    private static Command close(String impulse, String compartment) {
        return new Command("L-0001", 1, NOW, impulse, compartment, "close", NOW.plusSeconds(15));
    }

    /** Modules named by the rule. */
    static LockerLayout layout(LockerLayout.Module... modules) {
        return LayoutRules.named(new LockerLayout(List.of(modules)));
    }

    static LockerLayout.Module module(String kind, String... types) {
        return new LockerLayout.Module(kind, Arrays.stream(types).map(t -> new LockerLayout.Compartment("?", t))
                .toList());
    }
}
