package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Admin Panel is for operators: the fleet with its link state, and the open alarms. */
class AdminPanelIT {

    private static final String PANEL = Demo.APP + "/admin/";

    @Test
    void operatorSeesEveryLockerAndTheOpenAlarms() {
        Http.Reply page = Http.get(PANEL, Http.userToken("lockernet-admin-panel", "operator"));
        assertEquals(200, page.status(), page.body());
        for (String locker : new String[] {"L-0001", "L-0002", "L-0003", "L-0004", "L-0005", "L-0006"}) {
            assertTrue(page.body().contains(locker), locker);
        }
        assertTrue(page.body().contains("Open alarms"), page.body());
    }

    @Test
    void storeEmployeeIsRefused() {
        assertEquals(403, Http.get(PANEL, Http.userToken("lockernet-admin-panel", "acme-employee")).status());
    }
}
