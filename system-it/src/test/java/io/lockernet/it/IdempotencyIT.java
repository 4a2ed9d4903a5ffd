package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that retries a POST whose answer it lost sends the same {@code Idempotency-Key} and gets what the first
 * request did: one reservation, one open of the door, however often it asks.
 */
@OnEveryDatabase
class IdempotencyIT {

    private static final String RESERVATIONS = Demo.APP + "/core/api/partner/reservations";
    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRetriedReservationReservesOnceAndAnswersWithTheFirstOne() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String key = UUID.randomUUID().toString();
        JsonObject request = Json.createObjectBuilder().add("locker", "L-0001").add("size", "S")
                .add("parcelRef", "idem-" + key).add("ttlSeconds", 120).build();

        HttpResponse<String> first = post(RESERVATIONS, acme, key, request);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject reserved = json(first);
        assertTrue(reserved.getString("pickupCode").matches("[0-9]{6}"));
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());

        HttpResponse<String> retry = post(RESERVATIONS, acme, key, request);
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        JsonObject replayed = json(retry);
        assertEquals(reserved.getString("id"), replayed.getString("id"));
        assertEquals(reserved.getString("compartment"), replayed.getString("compartment"));
        assertFalse(retry.body().contains(reserved.getString("pickupCode")), "the code is shown only once");

        // the same key with another request is the client's mistake, and does nothing
        HttpResponse<String> other = post(RESERVATIONS, acme, key, Json.createObjectBuilder(request)
                .add("parcelRef", "another-" + key).build());
        assertEquals(422, other.statusCode(), other.body());
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        // without a key each request is a request of its own
        HttpResponse<String> unkeyed = post(RESERVATIONS, acme, null, request);
        assertEquals(201, unkeyed.statusCode(), unkeyed.body());
        assertFalse(json(unkeyed).getString("id").equals(reserved.getString("id")));
        for (String id : new String[] {reserved.getString("id"), json(unkeyed).getString("id")}) {
            assertEquals(200, Http.delete(RESERVATIONS + "/" + id, acme).status());
        }
    }

    @Test
    void aRetriedOpenOpensTheDoorOnce() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String key = UUID.randomUUID().toString();
        JsonObject request = Json.createObjectBuilder().add("locker", "L-0001").add("compartment", "A2")
                .add("requestedBy", "idempotency-it").build();
        try (SimulatedLocker locker = Demo.locker("L-0001", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));

            HttpResponse<String> first = post(IMPULSES, acme, key, request);
            assertEquals(201, first.statusCode(), first.body());
            String impulse = json(first).getString("id");
            HttpResponse<String> retry = post(IMPULSES, acme, key, request);
            assertEquals(201, retry.statusCode(), retry.body());
            assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
            assertEquals(impulse, json(retry).getString("id"));

            Await.until("impulse " + impulse + " closed", WAIT, () -> Optional.of(
                    Http.get(IMPULSES + "/" + impulse, acme).json().getString("state"))
                    .filter("DOOR_CLOSED"::equals));
            // a third ask after the door closed still opens nothing: the key answers with the first impulse
            HttpResponse<String> late = post(IMPULSES, acme, key, request);
            assertEquals(impulse, json(late).getString("id"), late.body());
            assertEquals(1, locker.receivedCommands().stream().filter(c -> c.compartment().equals("A2")).count(),
                    locker.receivedCommands().toString());
        }
    }

    @Test
    void aMalformedKeyIsABadRequestAndDoesNothing() throws Exception {
        String acme = Http.clientToken("partner-acme");
        JsonObject request = Json.createObjectBuilder().add("locker", "L-0001").add("size", "S")
                .add("parcelRef", "idem-bad").build();
        for (String bad : new String[] {"x".repeat(256), "with space", ""}) {
            HttpResponse<String> answer = post(RESERVATIONS, acme, bad, request);
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Idempotency-Key"), answer.body());
        }
    }

    private static HttpResponse<String> post(String url, String token, String key, JsonObject body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
