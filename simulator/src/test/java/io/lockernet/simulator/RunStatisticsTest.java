package io.lockernet.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.Welcome;
import io.lockernet.simulator.locker.CloseInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");

    @Test
    void summaryCountsCommandsByOutcomeAndTimesTheWayToTheOpenDoor() {
        RunStatistics statistics = new RunStatistics(2, 0);
        statistics.opened("L-0001");
        statistics.welcomed("L-0001", new Welcome("L-0001", 1, NOW, "shepherd-1"));
        statistics.messageReceived("L-0001", command("imp-1", "A1"));
        statistics.messageSent("L-0001", new CommandAck("L-0001", 10, NOW, "imp-1", CommandAck.Status.ACCEPTED, null));
        statistics.messageSent("L-0001", new DoorEvent("L-0001", 11, NOW, "A1", DoorEvent.State.OPEN, "imp-1"));
        statistics.messageReceived("L-0001", command("imp-2", "A1"));
        statistics.messageSent("L-0001", new CommandAck("L-0001", 12, NOW, "imp-2", CommandAck.Status.EXPIRED, "late"));
        statistics.closed("L-0002", new CloseInfo(4403, "assigned to shepherd-2"));

        String summary = print(statistics);

        assertTrue(summary.contains("2 configured, 1 welcomed at least once, 1 connected when stopped"), summary);
        assertTrue(summary.contains("commands: 2 received, 1 accepted, 1 expired, 0 rejected"), summary);
        assertTrue(summary.contains("(1 samples)"), summary);
        assertTrue(summary.contains("errors: 1 failed or refused connections"), summary);
        assertFalse(statistics.summary().everyLockerWelcomed());
    }

    @Test
    void aRefusedHostileLockerIsCountedApartFromErrorsAndDisconnects() {
        RunStatistics statistics = new RunStatistics(3, 1);
        for (String locker : new String[] {"L-0001", "L-0002", "L-0003"}) {
            statistics.opened(locker);
            statistics.welcomed(locker, new Welcome(locker, 1, NOW, "shepherd-1"));
        }
        CloseInfo flooding = new CloseInfo(4429, "too many frames");
        statistics.refused("L-0001", flooding);
        statistics.closed("L-0001", flooding);
        statistics.closed("L-0002", CloseInfo.abnormal("outage"));
        statistics.stopping();
        statistics.closed("L-0003", new CloseInfo(CloseInfo.NORMAL, "locker shutting down"));

        String summary = print(statistics);

        assertTrue(summary.contains("3 configured, 3 welcomed at least once, 1 connected when stopped"), summary);
        assertTrue(summary.contains("disconnects: 1 unexpected"), summary);
        assertTrue(summary.contains("errors: 1 failed or refused connections (1006 x1)"), summary);
        assertTrue(summary.contains("hostile lockers refused: 1 of 1 (4429 x1)"), summary);
        assertTrue(statistics.summary().everyLockerWelcomed());
    }

    private static Command command(String impulse, String compartment) {
        return new Command("L-0001", 2, NOW, impulse, compartment, "open", NOW.plusSeconds(15));
    }

    private static String print(RunStatistics statistics) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        statistics.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
