package io.lockernet.wildfly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HttpErrorWindowTest {

    private static final long MINUTE = 60_000;
    private final AtomicLong now = new AtomicLong(1_000 * MINUTE + 5_000);
    private final HttpErrorWindow window = new HttpErrorWindow(now::get);

    @Test
    void countsServerAndClientErrorsApartAndNothingElse() {
        for (int status : new int[] {200, 204, 302, 101, 400, 401, 403, 404, 413, 429, 500, 502, 503}) {
            window.record(status);
        }
        assertEquals(3, window.getServerErrorsLastHour());
        assertEquals(6, window.getClientErrorsLastHour());
    }

    @Test
    void forgetsWhatIsMoreThanAnHourOld() {
        window.record(500);
        window.record(404);
        now.addAndGet(30 * MINUTE);
        window.record(503);
        assertEquals(2, window.getServerErrorsLastHour());
        now.addAndGet(30 * MINUTE); // the first minute is now an hour ago
        assertEquals(1, window.getServerErrorsLastHour());
        assertEquals(0, window.getClientErrorsLastHour());
        now.addAndGet(60 * MINUTE);
        assertEquals(0, window.getServerErrorsLastHour());
    }

    @Test
    void aSlotTakenOverByANewMinuteStartsFromNothing() {
        window.record(500);
        window.record(500);
        now.addAndGet(60 * MINUTE); // the same slot, an hour later
        window.record(500);
        assertEquals(1, window.getServerErrorsLastHour());
    }

    @Test
    void countsSinceItStartedUntilItHasAnHour() {
        long started = now.get();
        assertEquals(started, window.getCountingSince());
        now.addAndGet(90 * MINUTE);
        assertEquals(now.get() - 60 * MINUTE, window.getCountingSince());
    }
}
