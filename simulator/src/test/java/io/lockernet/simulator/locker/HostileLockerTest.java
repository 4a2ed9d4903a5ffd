package io.lockernet.simulator.locker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.Ping;
import io.lockernet.api.protocol.Welcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile lockers against a fake Shepherd: what each sends after its welcome, and that a refused one stays away. */
class HostileLockerTest {

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
    void floodingLockerPingsFarFasterThanAnyBudgetUntilItIsRefusedAndThenStaysAway() throws Exception {
        locker = locker("L-0003").reconnecting(true);
        locker.faults().hostile(Hostility.FLOOD);
        List<CloseInfo> refusals = new CopyOnWriteArrayList<>();
        locker.addListener(new LockerListener() {
            @Override
            public void refused(String lockerId, CloseInfo close) {
                refusals.add(close);
            }
        });
        FakeShepherd.Peer peer = welcomed();

        Instant firstPing = Instant.now();
        for (int i = 0; i < 250; i++) {
            assertInstanceOf(Ping.class, MessageCodec.read(peer.nextFrame(WAIT)));
        }
        assertTrue(Duration.between(firstPing, Instant.now()).toMillis() < 1_500, "250 pings within about half a second");
        peer.close(CloseCodes.FLOODING, "too many frames");

        CloseInfo close = locker.awaitClosed(WAIT).orElseThrow();
        assertEquals(CloseCodes.FLOODING, close.code());
        assertEquals(Optional.of(close), locker.refusedWith());
        assertEquals(List.of(close), refusals);
        assertNull(shepherd.nextPeerOrNull(Duration.ofSeconds(3)), "no reconnect: the first backoff is 1 s");
    }

    @Test
    void forgingLockerSendsADoorEventInTheNameOfTheLockerItImpersonates() throws Exception {
        locker = locker("L-0002");
        locker.faults().hostile(Hostility.FORGE).impersonating("L-0006");
        FakeShepherd.Peer peer = welcomed();

        DoorEvent forged = assertInstanceOf(DoorEvent.class, MessageCodec.read(peer.nextFrame(WAIT)));

        assertEquals("L-0006", forged.locker());
    }

    @Test
    void forgingLockerImpersonatesNobodyUnlessTold() {
        assertEquals(Hostility.NOBODY, locker("L-0002").faults().hostile(Hostility.FORGE).impersonated());
    }

    @Test
    void malformedLockerSendsBrokenJsonThenAnUnknownType() throws Exception {
        locker = locker("L-0005");
        locker.faults().hostile(Hostility.MALFORMED);
        FakeShepherd.Peer peer = welcomed();

        String first = peer.nextFrame(WAIT);
        String second = peer.nextFrame(WAIT);

        assertTrue(assertThrows(MalformedMessageException.class, () -> MessageCodec.read(first)).getMessage()
                .contains("not valid JSON"));
        assertTrue(assertThrows(MalformedMessageException.class, () -> MessageCodec.read(second)).getMessage()
                .contains("unknown message type"));
    }

    @Test
    void behavingLockerSendsNothingAfterItsWelcomeAndReconnectsAfterA4429() throws Exception {
        locker = locker("L-0006").reconnecting(true);
        FakeShepherd.Peer peer = welcomed();

        assertNull(peer.nextFrameOrNull(Duration.ofMillis(300)));
        peer.close(CloseCodes.FLOODING, "too many frames");

        assertInstanceOf(Hello.class, MessageCodec.read(shepherd.nextPeer(WAIT).nextFrame(WAIT)));
        assertTrue(locker.refusedWith().isEmpty());
    }

    @Test
    void lockersOnSharedThreadsRunSideBySideAndClosingOneLeavesTheOtherRunning() throws Exception {
        try (LockerThreads threads = new LockerThreads(1, 1);
             SimulatedLocker first = new SimulatedLocker(config("L-0001"), threads);
             SimulatedLocker second = new SimulatedLocker(config("L-0002"), threads)) {
            FakeShepherd.Peer firstPeer = welcomed(first);
            FakeShepherd.Peer secondPeer = welcomed(second);

            first.close();
            secondPeer.send(MessageCodec.write(new Command("L-0002", 2, Instant.now(), "imp-1", "A1", "open",
                    Instant.now().plusSeconds(15))));

            assertEquals(CloseInfo.NORMAL, firstPeer.closeCode(WAIT));
            assertFalse(first.isConnected());
            DoorEvent closed = Stream.generate(() -> MessageCodec.read(frame(secondPeer))).limit(4)
                    .filter(DoorEvent.class::isInstance).map(DoorEvent.class::cast)
                    .filter(door -> door.state() == DoorEvent.State.CLOSED).findFirst().orElseThrow();
            assertEquals("imp-1", closed.impulse(), "the door timer of the second locker still runs");
        }
    }

    private static String frame(FakeShepherd.Peer peer) {
        try {
            return peer.nextFrame(WAIT);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private FakeShepherd.Peer welcomed() throws Exception {
        return welcomed(locker);
    }

    private FakeShepherd.Peer welcomed(SimulatedLocker simulated) throws Exception {
        simulated.connect();
        FakeShepherd.Peer peer = shepherd.nextPeer(WAIT);
        assertInstanceOf(Hello.class, MessageCodec.read(peer.nextFrame(WAIT)));
        peer.send(MessageCodec.write(new Welcome(simulated.lockerId(), 1, Instant.now(), "shepherd-1")));
        assertTrue(simulated.awaitWelcome(WAIT));
        return peer;
    }

    private SimulatedLocker locker(String lockerId) {
        return new SimulatedLocker(config(lockerId));
    }

    private LockerConfig config(String lockerId) {
        return new LockerConfig(lockerId, shepherd.endpoint(), TokenSource.fixed("token-1"),
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(50));
    }
}
