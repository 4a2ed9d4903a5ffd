package io.lockernet.simulator.locker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.api.protocol.CloseCodes;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private static final CloseInfo DROPPED = CloseInfo.abnormal("connection reset");

    @Test
    void waitsDoubleFromOneSecondUpToThirtySeconds() {
        ReconnectBackoff backoff = new ReconnectBackoff();

        List<Long> waits = IntStream.range(0, 7).mapToObj(i -> backoff.after(DROPPED).toSeconds()).toList();

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), waits);
    }

    @Test
    void aWelcomeStartsTheWaitsOverAtOneSecond() {
        ReconnectBackoff backoff = new ReconnectBackoff();
        backoff.after(DROPPED);
        backoff.after(DROPPED);

        backoff.welcomed();

        assertEquals(Duration.ofSeconds(1), backoff.after(DROPPED));
    }

    @Test
    void refusedTokenOrAssignmentWaitsAtLeastThirtySeconds() {
        for (int code : new int[] {CloseCodes.UNAUTHENTICATED, CloseCodes.FORBIDDEN, CloseCodes.UNKNOWN_LOCKER}) {
            ReconnectBackoff backoff = new ReconnectBackoff();

            assertEquals(Duration.ofSeconds(30), backoff.after(new CloseInfo(code, "refused")), "code " + code);
        }
    }

    @Test
    void shepherdThatCannotCheckNowIsRetriedWithTheOrdinaryBackoff() {
        ReconnectBackoff backoff = new ReconnectBackoff();

        assertEquals(Duration.ofSeconds(1), backoff.after(new CloseInfo(CloseCodes.TRY_LATER, "Core unreachable")));
    }
}
