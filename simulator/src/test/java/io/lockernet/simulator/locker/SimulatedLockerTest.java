package io.lockernet.simulator.locker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.protocol.Ack;
import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.CompartmentInfo;
import io.lockernet.api.protocol.Configure;
import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.Ping;
import io.lockernet.api.protocol.Pong;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import io.lockernet.api.protocol.Welcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A SimulatedLocker against a fake Shepherd on the loopback interface: the real socket code, no server. */
class SimulatedLockerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private FakeShepherd shepherd;
    private SimulatedLocker locker;

    @BeforeEach
    void startShepherd() throws Exception {
        shepherd = new FakeShepherd();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (locker != null) {
            locker.close();
        }
        shepherd.close();
    }

    @Test
    void presentsItsTokenSaysHelloAndIsWelcomed() throws Exception {
        locker = locker(TokenSource.fixed("token-1"), Duration.ofSeconds(3));
        locker.connect().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        FakeShepherd.Peer peer = shepherd.nextPeer(WAIT);

        assertEquals("Bearer token-1", peer.headers.get("authorization"));
        Hello hello = assertInstanceOf(Hello.class, next(peer));
        assertEquals("L-0007", hello.locker());
        assertEquals(LockerConfig.DEFAULT_COMPARTMENTS, hello.compartments());

        peer.send(MessageCodec.write(new Welcome("L-0007", 1, Instant.now(), "shepherd-1")));
        assertTrue(locker.awaitWelcome(WAIT));
    }

    @Test
    void connectsWithoutAuthorizationHeaderWhenThereIsNoToken() throws Exception {
        locker = locker(TokenSource.none(), Duration.ofSeconds(3));
        locker.connect();

        assertFalse(shepherd.nextPeer(WAIT).headers.containsKey("authorization"));
    }

    @Test
    void closeCodeAndReasonOfARefusalAreReported() throws Exception {
        locker = locker(TokenSource.fixed("expired"), Duration.ofSeconds(3));
        locker.connect();
        FakeShepherd.Peer peer = shepherd.nextPeer(WAIT);
        next(peer);

        peer.close(CloseCodes.UNAUTHENTICATED, "token expired");

        assertEquals(new CloseInfo(CloseCodes.UNAUTHENTICATED, "token expired"), locker.awaitClosed(WAIT).orElseThrow());
        assertFalse(locker.awaitWelcome(WAIT));
        assertFalse(locker.isConnected());
    }

    @Test
    void refusedUpgradeExposesTheHttpStatus() {
        shepherd.refuseUpgradesWith(403);
        locker = locker(TokenSource.fixed("token-1"), Duration.ofSeconds(3));

        CompletionException failure = assertThrows(CompletionException.class, () -> locker.connect().join());

        assertEquals(403, assertInstanceOf(HandshakeRefusedException.class, failure.getCause()).status());
        assertEquals(CloseInfo.ABNORMAL, locker.awaitClosed(WAIT).orElseThrow().code());
    }

    @Test
    void commandOverTheSocketRunsTheWholeDoorCycle() throws Exception {
        FakeShepherd.Peer peer = welcomedPeer(Duration.ofMillis(50));
        Command command = new Command("L-0007", 2, Instant.now(), "imp-9", "B1", "open",
                Instant.now().plusSeconds(15));

        peer.send(MessageCodec.write(command));

        assertEquals(command, locker.awaitCommand(WAIT).orElseThrow());
        assertEquals(CommandAck.Status.ACCEPTED, assertInstanceOf(CommandAck.class, next(peer)).status());
        assertEquals("imp-9", assertInstanceOf(LockEvent.class, next(peer)).impulse());
        DoorEvent open = assertInstanceOf(DoorEvent.class, next(peer));
        DoorEvent closed = assertInstanceOf(DoorEvent.class, next(peer));
        assertEquals(DoorEvent.State.OPEN, open.state());
        assertEquals(DoorEvent.State.CLOSED, closed.state());
        assertEquals("imp-9", closed.impulse());
    }

    @Test
    void shepherdPingIsAnsweredWithTheSameNonce() throws Exception {
        FakeShepherd.Peer peer = welcomedPeer(Duration.ofSeconds(3));

        peer.send(MessageCodec.write(new Ping("L-0007", 2, Instant.now(), "nonce-5")));

        assertEquals("nonce-5", assertInstanceOf(Pong.class, next(peer)).nonce());
        assertTrue(locker.receivedFrames().stream().anyMatch(frame -> frame.contains("nonce-5")));
    }

    @Test
    void rawFramesGoOutExactlyAsWritten() throws Exception {
        FakeShepherd.Peer peer = welcomedPeer(Duration.ofSeconds(3));

        locker.sendRaw("{not json");

        assertEquals("{not json", peer.nextFrame(WAIT));
    }

    @Test
    void reconnectsAfterADropAndKeepsCountingUp() throws Exception {
        locker = locker(TokenSource.fixed("token-1"), Duration.ofSeconds(3)).reconnecting(true);
        locker.connect();
        FakeShepherd.Peer first = shepherd.nextPeer(WAIT);
        long firstHello = next(first).seq();

        first.drop();

        Hello again = assertInstanceOf(Hello.class, next(shepherd.nextPeer(WAIT)));
        assertTrue(again.seq() > firstHello, again.seq() + " after " + firstHello);
    }

    @Test
    void keepsWhatHappensDuringAnOutageAndReplaysItInOrderAfterTheNextWelcome() throws Exception {
        FakeShepherd.Peer first = welcomedPeer(Duration.ofSeconds(3));
        // long enough that a busy machine cannot end it before the events below are buffered (300 ms could: CI)
        locker.outage(Duration.ofSeconds(2));
        locker.reportVitals(21.0, 24.0, 90, -70);
        locker.sense("A1", SensorEvent.Kind.OCCUPANCY, true);
        locker.ping("not-kept"); // about the link: means nothing after it
        assertEquals(2, locker.bufferedEvents());

        FakeShepherd.Peer second = shepherd.nextPeer(WAIT);
        Hello hello = assertInstanceOf(Hello.class, next(second));
        assertTrue(second.nextFrameOrNull(Duration.ofMillis(300)) == null, "nothing is replayed before welcome");
        second.send(MessageCodec.write(new Welcome("L-0007", 1, Instant.now(), "shepherd-1")));

        Vitals vitals = assertInstanceOf(Vitals.class, next(second));
        SensorEvent sensed = assertInstanceOf(SensorEvent.class, next(second));
        assertTrue(vitals.seq() < sensed.seq() && sensed.seq() < hello.seq(), "replayed oldest first, original seq");
        assertEquals(0, locker.bufferedEvents());
        assertEquals(1006, first.closeCode(WAIT), "an outage sends no close frame: the connection just ends");
    }

    @Test
    void anEventWrittenIntoABreakingLinkIsSentAgainAfterTheNextWelcomeUntilItIsAcknowledged() throws Exception {
        locker = locker(TokenSource.fixed("token-1"), Duration.ofSeconds(3)).reconnecting(true);
        locker.connect();
        FakeShepherd.Peer first = shepherd.nextPeer(WAIT);
        assertTrue(assertInstanceOf(Hello.class, next(first)).acks(), "a v1.1 locker asks for acks");
        first.send(MessageCodec.write(new Welcome("L-0007", 1, Instant.now(), "shepherd-1", true)));
        assertTrue(locker.awaitWelcome(WAIT));

        locker.sense("A1", SensorEvent.Kind.OCCUPANCY, true); // arrives, and is acknowledged
        SensorEvent delivered = assertInstanceOf(SensorEvent.class, next(first));
        first.send(MessageCodec.write(new Ack("L-0007", 2, Instant.now(), List.of(delivered.seq()))));
        awaitUnacknowledged(0);
        locker.reportVitals(21.0, 24.0, 90, -70); // arrives, but its ack never comes
        Vitals unacknowledged = assertInstanceOf(Vitals.class, next(first));
        locker.faults().breakLinkWithNextEvent(true);
        locker.sense("B4", SensorEvent.Kind.MOTION, true); // lost with the link

        FakeShepherd.Peer second = shepherd.nextPeer(WAIT);
        assertInstanceOf(Hello.class, next(second));
        second.send(MessageCodec.write(new Welcome("L-0007", 1, Instant.now(), "shepherd-1", true)));
        Vitals again = assertInstanceOf(Vitals.class, next(second));
        SensorEvent lost = assertInstanceOf(SensorEvent.class, next(second));
        assertEquals(unacknowledged.seq(), again.seq(), "sent again with its own seq");
        assertEquals(SensorEvent.Kind.MOTION, lost.kind());
        assertTrue(second.nextFrameOrNull(Duration.ofMillis(300)) == null, "the acknowledged event is not sent again");
        assertEquals(2, locker.unacknowledgedEvents());
        second.send(MessageCodec.write(new Ack("L-0007", 2, Instant.now(), List.of(again.seq(), lost.seq()))));
        awaitUnacknowledged(0);
    }

    private void awaitUnacknowledged(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (locker.unacknowledgedEvents() != count && System.nanoTime() < deadline) {
            Thread.sleep(10); // polling a condition, with a deadline
        }
        assertEquals(count, locker.unacknowledgedEvents(), "events kept until acknowledged");
    }

    @Test
    void aV1LockerLosesAnEventWrittenIntoABreakingLink() throws Exception {
        locker = locker(TokenSource.fixed("token-1"), Duration.ofSeconds(3)).reconnecting(true).acknowledging(false);
        locker.connect();
        FakeShepherd.Peer first = shepherd.nextPeer(WAIT);
        assertFalse(assertInstanceOf(Hello.class, next(first)).acks());
        first.send(MessageCodec.write(new Welcome("L-0007", 1, Instant.now(), "shepherd-1")));
        assertTrue(locker.awaitWelcome(WAIT));
        locker.faults().breakLinkWithNextEvent(true);
        locker.sense("B4", SensorEvent.Kind.MOTION, true);

        FakeShepherd.Peer second = shepherd.nextPeer(WAIT);
        assertInstanceOf(Hello.class, next(second));
        second.send(MessageCodec.write(new Welcome("L-0007", 1, Instant.now(), "shepherd-1")));
        assertTrue(second.nextFrameOrNull(Duration.ofMillis(500)) == null, "v1: nothing to send again");
    }

    @Test
    void aConfigurationAppliedOnOneConnectionIsReportedInTheHelloOfTheNext() throws Exception {
        FakeShepherd.Peer first = welcomedPeer(Duration.ofSeconds(3));
        locker.reconnecting(true);
        LockerLayout layout = LockerConfigurationTest.layout(LockerConfigurationTest.module("control", "s", "m"),
                LockerConfigurationTest.module("wide", "roller-shutter"));
        first.send(MessageCodec.write(new Configure("L-0007", 2, Instant.now(), "layout-v9", layout)));

        ConfigureAck ack = assertInstanceOf(ConfigureAck.class, next(first));
        assertEquals(ConfigureAck.Status.APPLIED, ack.status());
        assertEquals("layout-v9", locker.configVersion());
        assertEquals(List.of(new CompartmentInfo("A1", "S"), new CompartmentInfo("A2", "M"),
                new CompartmentInfo("B1", "XXL")), locker.compartments());

        locker.outage(Duration.ZERO);
        Hello hello = assertInstanceOf(Hello.class, next(shepherd.nextPeer(WAIT)));
        assertEquals("layout-v9", hello.configVersion());
        assertEquals(locker.compartments(), hello.compartments());
    }

    private FakeShepherd.Peer welcomedPeer(Duration doorOpenTime) throws Exception {
        locker = locker(TokenSource.fixed("token-1"), doorOpenTime);
        locker.connect();
        FakeShepherd.Peer peer = shepherd.nextPeer(WAIT);
        next(peer);
        peer.send(MessageCodec.write(new Welcome("L-0007", 1, Instant.now(), "shepherd-1")));
        assertTrue(locker.awaitWelcome(WAIT));
        return peer;
    }

    private SimulatedLocker locker(TokenSource tokens, Duration doorOpenTime) {
        return new SimulatedLocker(new LockerConfig("L-0007", shepherd.endpoint(), tokens,
                LockerConfig.DEFAULT_COMPARTMENTS, doorOpenTime));
    }

    private static LockerMessage next(FakeShepherd.Peer peer) throws InterruptedException {
        return MessageCodec.read(peer.nextFrame(WAIT));
    }
}
