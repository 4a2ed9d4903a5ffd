package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The state of all applications, as an operator reads it: the Core's operator API and the Admin Panel's state page
 * show the deployments, the latency tiers with their consumers, Keycloak and the database answering, the server's
 * heap; and the server's Prometheus endpoint gives the same numbers to any monitoring system.
 */
class PlatformStateIT {

    private static final List<String> TIERS = List.of("lockernet.realtime", "lockernet.history", "lockernet.reports",
            "lockernet.offpeak", "lockernet.callbacks", "lockernet.positions");
    /** Positions are worth nothing a minute later: their tier drops what fails instead of keeping dead letters. */
    private static final String WITHOUT_DEAD_LETTERS = "lockernet.positions";

    @Test
    void theOperatorApiSaysHowEveryPartIsDoing() {
        JsonObject state = Http.get(Demo.APP + "/core/api/operator/platform",
                Http.userToken("lockernet-admin-panel", "operator")).json();
        Map<String, JsonObject> deployments = state.getJsonArray("deployments").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(d -> d.getString("name"), d -> d));
        for (String deployment : List.of("lockernet.ear", "partner-acme.war", "shepherd-1.war")) {
            JsonObject d = deployments.get(deployment);
            assertTrue(d != null && "OK".equals(d.getString("status")), deployment + ": " + deployments);
            assertTrue(d.getString("content", "").matches("[0-9a-f]{8}"), "which build: " + d);
            assertTrue(d.containsKey("deployedAt"), "since when: " + d);
        }
        assertTrue(state.getString("build").matches("\\d+\\.\\d+\\.\\d+.*, built \\d{4}-\\d\\d-\\d\\d.*"),
                state.getString("build"));
        Map<String, JsonObject> queues = state.getJsonArray("queues").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(q -> q.getString("name"), q -> q));
        for (String tier : TIERS) {
            assertTrue(queues.containsKey(tier) && (tier.equals(WITHOUT_DEAD_LETTERS)
                    || queues.containsKey(tier + ".dlq")), tier + ": " + queues.keySet());
            assertTrue(queues.get(tier).getInt("consumers") > 0, tier + " has consumers: " + queues.get(tier));
        }
        assertTrue(state.getJsonObject("keycloak").getBoolean("reachable"), state.toString());
        assertTrue(state.getJsonObject("database").getBoolean("reachable"), state.toString());
        assertTrue(state.getJsonObject("database").containsKey("inUse"), "the pool's use: " + state);
        assertTrue(state.getJsonObject("jvm").getInt("heapUsedMb") > 0, state.toString());
    }

    @Test
    void everyShepherdIsUpAndRunsTheCoresBuild() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        String build = Http.get(Demo.APP + "/core/api/operator/platform", operator).json().getString("build");
        Map<String, JsonObject> shepherds = Http.get(Demo.APP + "/core/api/operator/shepherds", operator).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(s -> s.getString("id"), s -> s));
        for (String shepherd : List.of("shepherd-1", "shepherd-2")) {
            JsonObject s = shepherds.get(shepherd);
            assertTrue(s != null && s.getBoolean("up"), shepherd + " heard from lately: " + shepherds);
            assertEquals(build, s.getString("build"), shepherd + " runs the Core's build");
        }
        String page = Http.get(Demo.APP + "/admin/state.xhtml", operator).body();
        assertTrue(page.contains("shepherd-shepherd-1") && page.contains(">ready<"), page);
        assertTrue(page.contains("same-build"), "every Shepherd runs the Core's build: " + page);
    }

    @Test
    void theLastHourCountsRefusedRequests() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        long before = clientErrors(operator);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Http.get(Demo.APP + "/core/api/operator/platform", null).status());
        }
        // counted once each answer has gone out: wait for the last
        Await.until("the five refusals counted", Duration.ofSeconds(10),
                () -> Optional.of(clientErrors(operator)).filter(after -> after >= before + 5));
    }

    private static long clientErrors(String token) {
        JsonObject lastHour = Http.get(Demo.APP + "/core/api/operator/platform", token).json()
                .getJsonObject("lastHour");
        assertTrue(lastHour.containsKey("serverErrors") && lastHour.containsKey("errorsCountedSince"),
                lastHour.toString());
        return lastHour.getJsonNumber("clientErrors").longValue();
    }

    @Test
    void theLastHourCountsARefusedImpulse() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        long before = Http.get(Demo.APP + "/core/api/operator/platform", operator).json().getJsonObject("lastHour")
                .getJsonNumber("impulsesRefused").longValue();
        // two opens of one compartment at once: the second is refused (busy), or both are (the locker offline)
        String bravo = Http.clientToken("partner-bravo");
        for (int i = 0; i < 2; i++) {
            Http.postJson(Demo.APP + "/core/api/partner/impulses", bravo, jakarta.json.Json.createObjectBuilder()
                    .add("locker", "L-0004").add("compartment", "A1").add("requestedBy", "it-platform").build());
        }
        long after = Http.get(Demo.APP + "/core/api/operator/platform", operator).json().getJsonObject("lastHour")
                .getJsonNumber("impulsesRefused").longValue();
        assertTrue(after >= before + 1, before + " -> " + after);
    }

    @Test
    void theAdminPanelsStatePageShowsItAndOnlyToThoseWhoMayReadIt() {
        Http.Reply page = Http.get(Demo.APP + "/admin/state.xhtml", Http.userToken("lockernet-admin-panel", "auditor"));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("queue-lockernet.realtime") && page.body().contains("lockernet.ear"),
                page.body());
        assertTrue(page.body().contains("Keycloak: answers"), page.body());
        assertEquals(403, Http.get(Demo.APP + "/admin/state.xhtml", Http.userToken("lockernet-admin-panel",
                "fleet-north")).status());
    }

    @Test
    void thePrometheusEndpointGivesTheSameNumbersToAnyMonitoringSystem() {
        Http.Reply metrics = Http.get(Demo.MANAGEMENT + "/metrics", null);
        assertEquals(200, metrics.status());
        // WildFly 39 sends it without a Content-Type; Prometheus reads its text format all the same
        String body = metrics.body();
        assertTrue(body.contains("# TYPE base_memory_usedHeap_bytes gauge"), "the heap");
        for (String tier : TIERS) {
            assertTrue(body.lines().anyMatch(l -> l.startsWith("wildfly_messaging_activemq_message_count{")
                    && l.contains("jms_queue=\"" + tier + "\"")), "the depth of " + tier);
        }
        assertTrue(body.contains("wildfly_datasources_pool_in_use_count{"), "the database pools");
    }
}
