package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Admin Panel is for operators, and shows each what the Core's role matrix lets them see: it calls the Core as
 * the signed-in operator. A network admin sees every locker and the open alarms; an installer of the north the north's
 * lockers only, and no page they may not use (403 with a plain refusal, and no link to it).
 */
class AdminPanelIT {

    private static final String PANEL = Demo.APP + "/admin/";
    private static final List<String> NORTH = List.of("L-0001", "L-0002", "L-0006");
    private static final List<String> SOUTH = List.of("L-0003", "L-0004", "L-0005");

    @Test
    void operatorSeesEveryLockerAndTheOpenAlarms() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        Http.Reply page = Http.get(PANEL, operator);
        assertEquals(200, page.status(), page.body());
        for (String locker : new String[] {"L-0001", "L-0002", "L-0003", "L-0004", "L-0005", "L-0006"}) {
            assertTrue(page.body().contains(locker), locker);
        }
        assertTrue(page.body().contains("north:") && page.body().contains("south:"), "grouped by region");
        Http.Reply alarms = Http.get(PANEL + "alarms.xhtml", operator);
        assertEquals(200, alarms.status(), alarms.body());
        assertTrue(alarms.body().contains("Open alarms"), alarms.body());
    }

    @Test
    void anInstallerSeesTheirRegionsLockersOnly() {
        Http.Reply page = Http.get(PANEL, Http.userToken("lockernet-admin-panel", "installer-north"));
        assertEquals(200, page.status(), page.body());
        NORTH.forEach(locker -> assertTrue(page.body().contains(locker), locker));
        SOUTH.forEach(locker -> assertFalse(page.body().contains(locker), locker + " is the south's"));
        assertTrue(page.body().contains("Commission a locker"), "the link to the page they may use");
        assertFalse(page.body().contains("alarms.xhtml"), "no link to a page they may not use");
    }

    @ParameterizedTest(name = "{0} may not use {1}")
    @CsvSource({"installer-north, alarms.xhtml", "installer-north, review.xhtml", "installer-north, audit.xhtml",
            "fleet-north, audit.xhtml", "fleet-north, commission.xhtml", "fleet-north, state.xhtml",
            "auditor, commission.xhtml", "installer-north, state.xhtml"})
    void aPageTheRoleMatrixDoesNotAllowIsRefused(String user, String page) {
        Http.Reply reply = Http.get(PANEL + page, Http.userToken("lockernet-admin-panel", user));
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.body().contains("do not let you use this page"), reply.body());
    }

    @Test
    void storeEmployeeIsRefused() {
        assertEquals(403, Http.get(PANEL, Http.userToken("lockernet-admin-panel", "acme-employee")).status());
    }
}
