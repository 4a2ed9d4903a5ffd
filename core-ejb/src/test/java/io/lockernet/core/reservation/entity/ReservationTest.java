package io.lockernet.core.reservation.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant MADE = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-11-23T10:00:00Z");

    private static Reservation of(ReservationPurpose purpose) {
        return new Reservation("acme", "L-0001", 1L, "A-1", MADE, ENDS, "salt", "hash", purpose);
    }

    @Test
    void aReturnCodeWorksFromTheMakingOfItsReservationUntilItsTimeToLiveEnds() {
        Reservation dropOff = of(ReservationPurpose.DROP_OFF);
        assertTrue(dropOff.codeValidAt(MADE));
        assertTrue(dropOff.codeValidAt(ENDS.minusMillis(1)));
        assertFalse(dropOff.codeValidAt(ENDS), "not once the window has ended, even before the lapse sweep");
        assertFalse(dropOff.codeValidAt(MADE.minusSeconds(1)), "not before the window");
    }

    @Test
    void aPickupCodeIsNotBoundToTheHoldsTimeToLive() {
        // the time to live bounds the wait for the deposit; the pickup window is the retailer's
        assertTrue(of(ReservationPurpose.DEPOSIT).codeValidAt(ENDS.plusSeconds(3600)));
    }

    @Test
    void aReservationWithoutPurposeIsADeposit() {
        assertTrue(new Reservation("acme", "L-0001", 1L, "A-1", MADE, ENDS, "salt", "hash").purpose()
                == ReservationPurpose.DEPOSIT);
    }
}
