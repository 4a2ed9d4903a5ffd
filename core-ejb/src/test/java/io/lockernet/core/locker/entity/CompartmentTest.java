package io.lockernet.core.locker.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A compartment's device snapshot holds the newest reading of each sensor, whatever order they arrive in. */
class CompartmentTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void anOlderReadingArrivingLateDoesNotOverwriteANewerOne() {
        Compartment compartment = new Compartment("L-0001", "A1", "S");
        assertTrue(compartment.deviceSaw(false, true, T0.plusSeconds(10)));

        assertFalse(compartment.deviceSaw(true, null, T0), "a door reading replayed from before");
        assertFalse(compartment.deviceSaw(null, false, T0.plusSeconds(5)), "an occupancy reading replayed from before");
        assertEquals(Boolean.FALSE, compartment.deviceDoorOpen());
        assertEquals(Boolean.TRUE, compartment.deviceOccupied());
    }

    @Test
    void occupancyCountsOnlyFromReadingsTakenSinceTheGivenTime() {
        Compartment compartment = new Compartment("L-0001", "A1", "S");
        assertEquals(Optional.empty(), compartment.occupiedSince(T0), "no sensor, or nothing said yet");

        compartment.deviceSaw(null, false, T0);
        Instant doorOpened = T0.plusSeconds(60);
        assertEquals(Optional.empty(), compartment.occupiedSince(doorOpened), "empty before the door opened");

        compartment.deviceSaw(null, false, doorOpened.plusSeconds(2));
        assertEquals(Optional.of(false), compartment.occupiedSince(doorOpened), "empty while it was open");
    }
}
