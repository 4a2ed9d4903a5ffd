package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The addresses of the public contract answer once the system is up. */
class PublicContractIT {

    /** Redocly's CLI, pinned: a newer ruleset may judge the same document otherwise. */
    private static final String REDOCLY = "@redocly/cli@2.77.0";

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

    /**
     * The served document, merged by WildFly from every deployment's, is what an integrator reads and generates clients
     * from: Redocly's recommended rules find no error in it (an operation without an id, a summary, a security
     * requirement; ids repeated across deployments; a reference to nothing). Needs Node.js (npx) on the PATH, as CI
     * has.
     */
    @Test
    void openApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        Http.Reply reply = Http.get(Demo.APP + "/openapi", null);
        assertEquals(200, reply.status());
        Path dir = Files.createDirectories(Path.of("target", "openapi-lint"));
        Path document = Files.writeString(dir.resolve(reply.contentType().contains("json") ? "openapi.json"
                : "openapi.yaml"), reply.body());
        Path report = dir.resolve("redocly.json");
        Process lint;
        try {
            lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", "--extends=recommended", "--format=json",
                    document.toString()).redirectOutput(report.toFile())
                    .redirectError(dir.resolve("redocly.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("npx is not on the PATH: install Node.js (with npm) to lint the OpenAPI document "
                    + "with " + REDOCLY, e);
        }
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "Redocly did not finish within 5 minutes; see " + dir);
        String json = Files.readString(report);
        assertFalse(json.isBlank(), "Redocly wrote no report (exit " + lint.exitValue() + "); see " + dir);
        JsonObject result = Json.createReader(new StringReader(json)).readObject();
        String errors = result.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("severity").equals("error"))
                .map(p -> p.getString("ruleId") + " at " + p.getJsonArray("location").getJsonObject(0)
                        .getString("pointer") + ": " + p.getString("message"))
                .collect(Collectors.joining("\n"));
        assertEquals(0, result.getJsonObject("totals").getInt("errors"), "Redocly's errors in " + document + ":\n"
                + errors);
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
