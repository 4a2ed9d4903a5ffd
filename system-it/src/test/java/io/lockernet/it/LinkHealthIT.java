package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Online means measured: the Shepherd pings every locker (every 2 s in these tests), closes a link that stays silent
 * for two intervals, and the Core shows the locker offline.
 */
class LinkHealthIT {

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
        }
    }

    private static void awaitOnline(String locker, boolean online, String token) {
        Await.until(locker + (online ? " online" : " offline"), Duration.ofSeconds(30), () ->
                Http.get(Demo.HTTP + "/core/api/partner/lockers", token).structure().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(l -> l.getString("id").equals(locker) && l.getBoolean("online") == online)
                        .findFirst());
    }
}
