package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One retailer's people cannot get into the other retailer's deployments, whatever client they log in through. */
class RetailerIsolationIT {

    private static final String ACME_ADMIN = Demo.APP + "/partner-admin-acme/";

    @Test
    void acmeTechnicianEntersAcmesPartnerAdmin() {
        assertEquals(200, Http.get(ACME_ADMIN, Http.userToken("partner-admin-acme", "acme-tech")).status());
    }

    @Test
    void bravoTechnicianIsRefusedAtAcmesPartnerAdmin() {
        Http.Reply reply = Http.get(ACME_ADMIN, Http.userToken("partner-admin-acme", "bravo-tech"));
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    void storeEmployeeWithoutTheTechnicianRoleIsRefusedAtPartnerAdmin() {
        assertEquals(403, Http.get(ACME_ADMIN, Http.userToken("partner-admin-acme", "acme-employee")).status());
    }

    @Test
    void acmeTokenIsNotAcceptedByBravosStaffApp() {
        Http.Reply reply = Http.get(Demo.APP + "/partner-bravo/api/lockers", Http.userToken("partner-acme", "acme-employee"));
        assertEquals(401, reply.status(), "a token issued for partner-acme has the wrong audience for partner-bravo");
    }
}
