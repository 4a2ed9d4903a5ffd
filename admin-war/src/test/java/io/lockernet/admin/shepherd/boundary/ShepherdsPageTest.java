package io.lockernet.admin.shepherd.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.api.core.FleetLockerView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lockers each Shepherd carries, as its row on the Shepherds page lists them. */
class ShepherdsPageTest {

    private static FleetLockerView locker(String id, String primary, String fallback, String via) {
        return new FleetLockerView(id, id, "store", "north", primary, fallback, via != null, via, null, List.of(),
                null, null);
    }

    private static final List<FleetLockerView> FLEET = List.of(
            locker("L-0006", "shepherd-1", "shepherd-2", "shepherd-2"),
            locker("L-0001", "shepherd-1", "shepherd-2", "shepherd-1"),
            locker("L-0004", "shepherd-2", null, null));

    @Test
    void aShepherdListsItsPrimaryLockersInOrder() {
        assertEquals("L-0001, L-0006", ShepherdsPage.ids(FLEET, "shepherd-1", FleetLockerView::shepherd));
        assertEquals("L-0004", ShepherdsPage.ids(FLEET, "shepherd-2", FleetLockerView::shepherd));
    }

    @Test
    void aLockerOnItsFallbackCountsWhereItIsConnected() {
        assertEquals("L-0001, L-0006", ShepherdsPage.ids(FLEET, "shepherd-2", FleetLockerView::fallback));
        assertEquals("L-0006", ShepherdsPage.ids(FLEET, "shepherd-2", FleetLockerView::connectedVia));
    }

    @Test
    void aShepherdWithoutLockersShowsADash() {
        assertEquals("–", ShepherdsPage.ids(FLEET, "shepherd-3", FleetLockerView::shepherd));
        assertEquals("–", ShepherdsPage.ids(FLEET, "shepherd-1", FleetLockerView::fallback));
    }
}
