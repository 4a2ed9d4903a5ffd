package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** How long after their mail the demo's customers come, as --demo-customer-delay writes it. */
class CustomerDelayTest {

    private static final Instant MAILED = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void theDefaultIsBetweenThreeQuartersOfAMinuteAndFiveMinutes() {
        assertEquals(new CustomerDelay(Duration.ofSeconds(45), Duration.ofMinutes(5)),
                CustomerDelay.parse("45s..300s"));
        assertEquals(CustomerDelay.DEFAULT, CustomerDelay.parse("45s..5m"));
        assertEquals("45s..300s", CustomerDelay.DEFAULT.toString());
    }

    @Test
    void unitsAreMillisecondsSecondsOrMinutesAndSecondsWithout() {
        assertEquals(new CustomerDelay(Duration.ofMillis(500), Duration.ofSeconds(3)), CustomerDelay.parse("500ms..3"));
        assertEquals(new CustomerDelay(Duration.ofMinutes(2), Duration.ofMinutes(2)), CustomerDelay.parse(" 2m "));
        assertEquals(new CustomerDelay(Duration.ZERO, Duration.ZERO), CustomerDelay.parse("0s..0s"));
    }

    @Test
    void aCustomerComesWithinTheDelay() {
        CustomerDelay delay = CustomerDelay.parse("1s..3s");
        SplittableRandom random = new SplittableRandom(5);
        boolean notAlwaysTheSame = false;
        Instant first = delay.after(MAILED, random);
        for (int i = 0; i < 100; i++) {
            Instant comes = delay.after(MAILED, random);
            assertFalse(comes.isBefore(MAILED.plusSeconds(1)), comes.toString());
            assertFalse(comes.isAfter(MAILED.plusSeconds(3)), comes.toString());
            notAlwaysTheSame |= !comes.equals(first);
        }
        assertTrue(notAlwaysTheSame);
        assertEquals(MAILED.plusSeconds(2), CustomerDelay.parse("2s").after(MAILED, random));
    }

    @Test
    void delaysTheDemoCannotKeepAreRefused() {
        for (String wrong : new String[] {"300s..45s", "5h", "2d", "-1s..3s", "1s..2s..3s", "soon", ""}) {
            assertThrows(IllegalArgumentException.class, () -> CustomerDelay.parse(wrong), wrong);
        }
    }
}
