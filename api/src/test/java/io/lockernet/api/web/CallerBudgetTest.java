package io.lockernet.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerBudgetTest {

    /** A clock the test moves by hand. */
    static final class Clock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final Clock clock = new Clock();
    private final CallerBudget budget = new CallerBudget(new CallerBudget.Limits(5, 2, 3, Duration.ofSeconds(60)), clock);

    @Test
    void aBurstIsServedThenTheCallerIsToldWhenToComeBack() {
        for (int i = 0; i < 5; i++) {
            assertTrue(budget.take().allowed());
        }
        CallerBudget.Decision refused = budget.take();
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        clock.advance(Duration.ofMillis(500));
        assertTrue(budget.take().allowed(), "two a second: one more after half a second");
    }

    @Test
    void aCallerThatKeepsGoingIsCutOffOnceAndStaysCutOffUntilTheTimeIsUp() {
        for (int i = 0; i < 5; i++) {
            budget.take();
        }
        List<CallerBudget.Decision> refusals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            refusals.add(budget.take());
        }
        assertEquals(1, refusals.stream().filter(CallerBudget.Decision::cutOffNow).count(), "noted once");
        assertTrue(refusals.get(2).cutOffNow(), "the third refusal within the window cuts off");
        clock.advance(Duration.ofSeconds(30));
        CallerBudget.Decision still = budget.take();
        assertFalse(still.allowed(), "refilled, but still cut off");
        assertEquals(30, still.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(31));
        assertTrue(budget.take().allowed());
    }

    @Test
    void aCallerThatWaitsWhenToldIsNeverCutOff() {
        CallerBudget patient = new CallerBudget(new CallerBudget.Limits(5, 2, 20, Duration.ofSeconds(60)), clock);
        for (int round = 0; round < 100; round++) {
            CallerBudget.Decision decision;
            do {
                decision = patient.take();
                assertFalse(decision.cutOffNow(), "round " + round);
            } while (decision.allowed());
            clock.advance(Duration.ofSeconds(decision.retryAfterSeconds()));
        }
        assertTrue(patient.take().allowed());
    }

    @Test
    void aCallerOverItsRateBySomeIsCutOffEvenThoughSomeRequestsAreServed() {
        int served = 0;
        boolean cutOff = false;
        for (int i = 0; i < 200 && !cutOff; i++) {
            CallerBudget.Decision decision = budget.take();
            served += decision.allowed() ? 1 : 0;
            cutOff = decision.cutOffNow();
            clock.advance(Duration.ofMillis(250)); // four a second against two
        }
        assertTrue(cutOff, "cut off");
        assertTrue(served > 5, "served some on the way: " + served);
    }
}
