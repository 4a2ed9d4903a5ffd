package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Welcome;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Online means measured: the Shepherd pings every locker (every 2 s in these tests), closes a link that stays silent
 * for two intervals, and the Core shows the locker offline. The Core keeps each locker's outages and round trips,
 * flags what is past a threshold, and files one ticket for a link that keeps dropping.
 */
@OnEveryDatabase
class LinkHealthIT {

    private static final String HEALTH = Demo.APP + "/core/api/operator/lockers/%s/health";
    private static final Duration WAIT = Duration.ofSeconds(45);

    @Test
    void aLockerThatFallsSilentIsClosedWith4408AndShownOffline() throws Exception {
        String coreToken = Http.clientToken("partner-bravo");
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + Http.clientToken("locker-L-0003"))
                .buildAsync(Demo.shepherd(1), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        // a locker written from docs/locker-protocol.md that says hello and then never answers again
        socket.sendText("{\"v\":1,\"type\":\"hello\",\"locker\":\"L-0003\",\"seq\":" + System.currentTimeMillis() * 1000
                + ",\"ts\":\"" + Instant.now() + "\",\"firmware\":\"silent-it\",\"configVersion\":\"1\","
                + "\"compartments\":[{\"name\":\"A1\",\"size\":\"M\"}]}", true).get(10, TimeUnit.SECONDS);
        awaitOnline("L-0003", true, coreToken);

        assertEquals(CloseCodes.LINK_TIMEOUT, closed.get(30, TimeUnit.SECONDS));
        awaitOnline("L-0003", false, coreToken);
    }

    @Test
    void aLockerThatAnswersStaysConnectedAndItsRoundTripsAreMeasured() {
        try (SimulatedLocker locker = Demo.locker("L-0006", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)));
            Await.until("three pings from shepherd-2", Duration.ofSeconds(30), () -> Optional.of(locker.receivedFrames()
                    .stream().filter(f -> f.contains("\"type\":\"ping\"")).count()).filter(n -> n >= 3));
            assertTrue(locker.isConnected(), "still connected after three ping intervals");

            JsonObject check = Http.get(Demo.MANAGEMENT + "/health/ready", null).json().getJsonArray("checks").stream()
                    .map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("lockernet-shepherd-2"))
                    .findFirst().orElseThrow().getJsonObject("data");
            assertTrue(check.getJsonNumber("pongs").longValue() >= 3, check.toString());
            assertTrue(check.getJsonNumber("pingRoundTripP99Micros").longValue() > 0, check.toString());

            // the Shepherd reports each locker's round trips to the Core (every 3 s in these tests)
            String operator = Http.userToken("lockernet-admin-panel", "operator");
            JsonObject health = Await.until("round trips of L-0006 in the Core", WAIT, () -> Optional.of(
                    Http.get(HEALTH.formatted("L-0006"), operator).json()).filter(h -> h.containsKey("roundTripP99Ms")));
            assertTrue(health.getBoolean("online"), health.toString());
            assertTrue(health.getInt("roundTripSamples") >= 1, health.toString());
            assertTrue(health.getJsonNumber("roundTripP99Ms").doubleValue() > 0, health.toString());
            assertTrue(health.getJsonNumber("roundTripP50Ms").doubleValue()
                    <= health.getJsonNumber("roundTripP99Ms").doubleValue(), health.toString());
        }
    }

    @Test
    void aLowBatteryFlagsTheLockerForAttentionUntilItRecovers() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        try (SimulatedLocker locker = Demo.locker("L-0006", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)));
            locker.reportVitals(21.0, 24.0, 7, -70);
            Await.until("L-0006 flagged for its battery", WAIT, () -> Optional.of(
                    Http.get(HEALTH.formatted("L-0006"), operator).json().getJsonArray("attention"))
                    .filter(flags -> flags.toString().contains("battery 7 % below 20")));
            // and the fleet report, which the Admin Panel shows, carries the same flag
            OperatorReports.awaitReport(operator, "L-0006",
                    r -> r.getJsonArray("attention").toString().contains("battery 7 % below 20"));

            locker.reportVitals(21.0, 24.0, 95, -70);
            Await.until("L-0006 no longer flagged", WAIT, () -> Optional.of(
                    Http.get(HEALTH.formatted("L-0006"), operator).json().getJsonArray("attention"))
                    .filter(flags -> flags.isEmpty()));
        }
    }

    @Test
    void aLinkThatKeepsDroppingGetsOneTicketWhichClosesOnceTheLinkIsStable() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        AtomicInteger welcomes = new AtomicInteger();
        try (SimulatedLocker locker = Demo.locker("L-0001", 1)) {
            locker.onReceived(Welcome.class, w -> welcomes.incrementAndGet());
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)));
            int outagesBefore = Http.get(HEALTH.formatted("L-0001"), operator).json().getInt("outages24h");
            for (int flap = 1; flap <= 4; flap++) {
                int welcomed = welcomes.get();
                locker.outage(Duration.ofMillis(500));
                Await.until("L-0001 back after drop " + flap, WAIT, () -> Optional.of(welcomes.get())
                        .filter(n -> n > welcomed));
            }
            JsonObject health = Await.until("four more outages of L-0001, all ended", WAIT, () -> Optional.of(
                    Http.get(HEALTH.formatted("L-0001"), operator).json())
                    .filter(h -> h.getInt("outages24h") >= outagesBefore + 4 && h.getBoolean("online")));
            assertEquals(1, health.getJsonArray("openTickets").size(), "one ticket, not one per drop: " + health);
            JsonObject ticket = health.getJsonArray("openTickets").getJsonObject(0);
            assertEquals("LINK_FLAPPING", ticket.getString("kind"));
            assertEquals(1, openFlappingTickets(operator, "L-0001"));

            // stable for the configured period (12 s here): the next reports run closes it by itself
            OperatorReports.Reasker refresh = new OperatorReports.Reasker(OperatorReports.OPERATOR
                    + "/reports/lockers/refresh", operator);
            long id = ticket.getJsonNumber("id").longValue();
            JsonObject closed = Await.until("the flapping ticket closed", WAIT, () -> {
                refresh.askNowAndThen();
                return tickets(operator, "").stream().filter(t -> t.getJsonNumber("id").longValue() == id)
                        .filter(t -> t.containsKey("closedAt")).findFirst();
            });
            assertEquals("lockernet", closed.getString("closedBy"));
            assertTrue(locker.isConnected());
        }
    }

    @Test
    void linkHealthIsForOperatorsOnly() {
        Http.Reply staff = Http.get(Demo.APP + "/core/api/operator/service-tickets", Http.clientToken("partner-acme"));
        assertEquals(403, staff.status(), staff.body());
        assertEquals(401, Http.get(HEALTH.formatted("L-0001"), null).status());
        Http.Reply unknown = Http.get(HEALTH.formatted("L-9999"), Http.userToken("lockernet-admin-panel", "operator"));
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
    }

    private static long openFlappingTickets(String operator, String locker) {
        return tickets(operator, "?open=true").stream()
                .filter(t -> t.getString("locker").equals(locker) && t.getString("kind").equals("LINK_FLAPPING"))
                .count();
    }

    private static List<JsonObject> tickets(String operator, String query) {
        return Http.get(Demo.APP + "/core/api/operator/service-tickets" + query, operator).structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
    }

    private static void awaitOnline(String locker, boolean online, String token) {
        Await.until(locker + (online ? " online" : " offline"), Duration.ofSeconds(30), () ->
                Http.get(Demo.APP + "/core/api/partner/lockers", token).structure().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(l -> l.getString("id").equals(locker) && l.getBoolean("online") == online)
                        .findFirst());
    }
}
