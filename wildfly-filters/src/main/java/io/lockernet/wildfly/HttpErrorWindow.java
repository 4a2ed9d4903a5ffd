package io.lockernet.wildfly;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Counts answers by minute over the last hour: sixty slots for server errors (5xx) and sixty for client errors (4xx),
 * each slot remembering which minute it counts. Recording is lock-free (it runs for every request); a slot whose minute
 * has passed an hour ago is taken over by the new minute.
 */
final class HttpErrorWindow implements HttpErrorsMBean {

    private static final int MINUTES = 60;
    private static final long MINUTE_MILLIS = 60_000;

    private final LongSupplier clock;
    private final long since;
    private final AtomicLongArray minuteOf = new AtomicLongArray(MINUTES);
    private final AtomicLongArray serverErrors = new AtomicLongArray(MINUTES);
    private final AtomicLongArray clientErrors = new AtomicLongArray(MINUTES);

    HttpErrorWindow(LongSupplier clock) {
        this.clock = clock;
        this.since = clock.getAsLong();
        for (int i = 0; i < MINUTES; i++) {
            minuteOf.set(i, -1);
        }
    }

    /** Counts one answer with this status; anything below 400 is not counted. */
    void record(int status) {
        if (status < 400) {
            return;
        }
        long minute = clock.getAsLong() / MINUTE_MILLIS;
        int slot = (int) (minute % MINUTES);
        long held = minuteOf.get(slot);
        if (held != minute && minuteOf.compareAndSet(slot, held, minute)) {
            // a minute an hour old: its counts start again. A count racing this may be lost, and a reader between the
            // two lines may see the old hour's count once more: close enough for a dashboard, and never blocking
            serverErrors.set(slot, 0);
            clientErrors.set(slot, 0);
        }
        (status >= 500 ? serverErrors : clientErrors).incrementAndGet(slot);
    }

    @Override
    public long getServerErrorsLastHour() {
        return sum(serverErrors);
    }

    @Override
    public long getClientErrorsLastHour() {
        return sum(clientErrors);
    }

    @Override
    public long getCountingSince() {
        return Math.max(since, clock.getAsLong() - MINUTES * MINUTE_MILLIS);
    }

    private long sum(AtomicLongArray counts) {
        long now = clock.getAsLong() / MINUTE_MILLIS;
        long total = 0;
        for (int i = 0; i < MINUTES; i++) {
            if (now - minuteOf.get(i) < MINUTES) {
                total += counts.get(i);
            }
        }
        return total;
    }
}
