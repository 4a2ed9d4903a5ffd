package io.lockernet.core.locker.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.locker.entity.Locker;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A locker leaves the fleet only when nothing is under way at it, and no retailer keeps it. */
class LockerDecommissioningTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static Compartment compartment(String name, CompartmentState state) {
        Compartment compartment = new Compartment("L-0100", name, "M");
        compartment.changeState(state);
        return compartment;
    }

    @Test
    void reservedOccupiedAndOpenCompartmentsAreNamedAsWhatHoldsTheLocker() {
        List<String> busy = LockerDecommissioning.busy(List.of(compartment("A1", CompartmentState.AVAILABLE),
                compartment("A2", CompartmentState.RESERVED), compartment("A3", CompartmentState.OUT_OF_SERVICE),
                compartment("B1", CompartmentState.OCCUPIED), compartment("B2", CompartmentState.OPEN)), NOW);
        assertEquals(List.of("A2 (RESERVED)", "B1 (OCCUPIED)", "B2 (OPEN)"), busy, "an open door, a roller shutter "
                + "left up, too");
    }

    @Test
    void aLockerWithFreeCompartmentsOnlyIsNotHeld() {
        assertEquals(List.of(), LockerDecommissioning.busy(List.of(compartment("A1", CompartmentState.AVAILABLE),
                compartment("A2", CompartmentState.OUT_OF_SERVICE)), NOW));
    }

    @Test
    void theRefusalNamesTheCompartments() {
        var refusal = new LockerDecommissioning.LockerInUseException("L-0100", List.of("A2 (RESERVED)"));
        assertTrue(refusal.getMessage().startsWith("Locker L-0100 is in use: A2 (RESERVED)."), refusal.getMessage());
    }

    @Test
    void aDecommissionedLockerKeepsNoRetailerAndComesBackWhenEnteredAgain() {
        Locker locker = new Locker("L-0100", "Springfield", "acme-springfield", "shepherd-1");
        locker.usableBy(Set.of("acme", "bravo"));

        locker.decommission(NOW);
        assertTrue(locker.decommissioned());
        assertEquals(Set.of(), locker.retailers());

        locker.recommission();
        assertFalse(locker.decommissioned());
    }
}
