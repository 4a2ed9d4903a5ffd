package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The addresses of the public contract answer once the system is up. */
class PublicContractIT {

    @Test
    void realmPublishesItsOpenIdConfiguration() {
        Http.Reply reply = Http.get(Demo.REALM + "/.well-known/openid-configuration", null);
        assertEquals(200, reply.status());
        assertEquals(Demo.REALM, reply.json().getString("issuer"));
    }

    @Test
    void openApiDocumentDescribesTheCoreAndPartnerOperations() {
        Http.Reply reply = Http.get(Demo.APP + "/openapi", null);
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("/core/api/partner/impulses"), "Core partner area");
        assertTrue(reply.body().contains("/partner-acme/api/lockers/{locker}/compartments/{compartment}/open"),
                "acme's open operation");
    }

    @Test
    void operatorsSeeEveryDeadLetterQueueCountedAndNobodyElseDoes() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        JsonObject queues = Await.until("the first look into the dead-letter queues", java.time.Duration.ofSeconds(30),
                () -> java.util.Optional.of(Http.get(Demo.APP + "/core/api/operator/dead-letters", operator).json())
                        .filter(counts -> !counts.isNull("lastLook"))).getJsonObject("queues");
        for (String queue : new String[] {"lockernet.realtime.dlq", "lockernet.history.dlq", "lockernet.reports.dlq",
                "lockernet.offpeak.dlq", "lockernet.callbacks.dlq", "DLQ"}) {
            assertTrue(queues.containsKey(queue), queue + " in " + queues);
        }
        assertEquals(403, Http.get(Demo.APP + "/core/api/operator/dead-letters", Http.clientToken("partner-acme"))
                .status());
    }

    @Test
    void healthReportsTheDeploymentsAndEachShepherd() {
        Http.Reply reply = Http.get(Demo.MANAGEMENT + "/health", null);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("UP", reply.json().getString("status"));
        JsonObject deployments = reply.json().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("deployments-status"))
                .findFirst().orElseThrow().getJsonObject("data");
        for (String deployment : new String[] {"lockernet.ear", "shepherd-1.war", "shepherd-2.war", "partner-acme.war",
                "partner-admin-acme.war", "partner-bravo.war", "partner-admin-bravo.war"}) {
            assertEquals("OK", deployments.getString(deployment, "missing"), deployment);
        }
        for (String check : new String[] {"lockernet-shepherd-1", "lockernet-shepherd-2"}) {
            assertTrue(reply.body().contains("\"" + check + "\""), check + " in " + reply.body());
        }
    }
}
