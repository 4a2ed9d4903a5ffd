package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Callbacks to a retailer's systems, received by the reference receiver ({@link WebhookReceiver}: the Standard
 * Webhooks library verifies every message). A deposit and its pickup reach the endpoint signed and in order; an
 * endpoint that fails is retried with the same webhook-id, paused after four failures in a row (it-config), the
 * operators alarmed, and on resume its backlog arrives in order; replays, secret rotation, the delivery log, and
 * another retailer's endpoint not found. On every database: the outbox, the leases and the log are its queries.
 */
@OnEveryDatabase
class CallbacksIT {

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String ENDPOINTS = WebhookReceiver.ENDPOINTS;
    private static final String RESERVATIONS = Demo.APP + "/core/api/partner/reservations";
    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aDepositAndItsPickupReachTheRetailersEndpointSignedAndInOrder() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String reference = "cb-" + UUID.randomUUID().toString().substring(0, 8);
        try (WebhookReceiver receiver = new WebhookReceiver();
             SimulatedLocker locker = Demo.locker("L-0006", 2)) {
            JsonObject endpoint = receiver.subscribe(acme, "parcel.deposited", "parcel.collected");
            String id = endpoint.getString("id");
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));

            JsonObject reservation = Http.postJson(RESERVATIONS, acme, Json.createObjectBuilder()
                    .add("locker", "L-0006").add("size", "S").add("ttlSeconds", 600).add("parcelRef", reference)
                    .build()).json();
            assertEquals(201, Http.postJson(IMPULSES, acme, Json.createObjectBuilder()
                    .add("reservation", reservation.getString("id")).add("purpose", "DEPOSIT")
                    .add("requestedBy", "employee-subject").build()).status());
            JsonObject deposited = Await.until("parcel.deposited of " + reference, WAIT, () -> receiver.about(
                    "parcel.deposited", reference));
            locker.enterCode(reservation.getString("pickupCode"));
            JsonObject collected = Await.until("parcel.collected of " + reference, WAIT, () -> receiver.about(
                    "parcel.collected", reference));

            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::verified),
                    "every message verifies with the endpoint's secret");
            assertEquals("L-0006", deposited.getJsonObject("data").getString("locker"));
            assertTrue(deposited.getJsonNumber("sequence").longValue() < collected.getJsonNumber("sequence").longValue(),
                    "the parcel's events carry increasing sequence numbers");
            List<WebhookReceiver.Received> ofParcel = receiver.received().stream()
                    .filter(r -> r.payload().getJsonObject("data").getString("reference", "").equals(reference))
                    .toList();
            assertEquals(List.of("parcel.deposited", "parcel.collected"),
                    ofParcel.stream().map(WebhookReceiver.Received::type).toList(), "in the order they happened");
            List<JsonObject> log = Await.until("the log shows both delivered", WAIT, () -> Optional.of(Http.get(
                    ENDPOINTS + "/" + id + "/deliveries", acme).structure().asJsonArray().getValuesAs(JsonObject.class)
                    .stream().filter(d -> d.getString("subject").equals("parcel:" + reference)).toList())
                    .filter(list -> list.size() == 2 && list.stream().allMatch(d -> d.getString("state")
                            .equals("DELIVERED"))));
            assertTrue(log.stream().allMatch(d -> d.getInt("attempts") == 1), "each at the first attempt: " + log);
            assertFalse(Http.get(ENDPOINTS + "/" + id, acme).body().contains("whsec_"), "the secret is shown once");
            // the receiver has both; the Core records each acknowledgement just after
            List<JsonObject> about = Await.until("both deliveries of " + reference + " recorded", WAIT, () -> Optional.of(
                    Http.get(Demo.APP + "/core/api/partner/callbacks/deliveries?subject=parcel:" + reference, acme)
                            .structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                            .filter(d -> d.getString("endpoint").equals(id)).toList()) // acme's other endpoints aside
                    .filter(list -> list.size() == 2 && list.stream().allMatch(d -> d.getString("state")
                            .equals("DELIVERED"))));
            assertEquals(List.of("parcel.deposited", "parcel.collected"), about.stream().map(d -> d.getString("type"))
                    .toList(), "what the shop's systems were told about the order, oldest first: " + about);
            assertEquals(0, Http.get(Demo.APP + "/core/api/partner/callbacks/deliveries?subject=parcel:" + reference,
                    Http.clientToken("partner-bravo")).structure().asJsonArray().size(), "another retailer sees none");

            Http.Reply foreign = Http.get(ENDPOINTS + "/" + id, Http.clientToken("partner-bravo"));
            assertEquals(404, foreign.status(), "another retailer's endpoint is not found: " + foreign.body());
            assertEquals(204, Http.delete(ENDPOINTS + "/" + id, acme).status());
        }
    }

    @Test
    void aFailingEndpointIsRetriedWithTheSameIdThenPausedAlarmedAndResumedInOrder() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String ops = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.invalid";
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonObject endpoint = receiver.subscribe(acme, "parcel.deposited");
            String id = endpoint.getString("id");
            Http.Reply alerts = Http.putJson(ENDPOINTS + "/" + id + "/alert-email", acme, Json.createObjectBuilder()
                    .add("email", ops).build());
            assertEquals(ops, alerts.json().getString("alertEmail"), alerts.body());
            receiver.failing(true);
            String first = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");

            List<WebhookReceiver.Received> tries = Await.until("three attempts of " + first, WAIT, () -> Optional.of(
                    receiver.received().stream().filter(r -> r.webhookId().equals(first)).toList())
                    .filter(list -> list.size() >= 3));
            assertTrue(tries.stream().allMatch(WebhookReceiver.Received::verified), "each attempt signed");
            Await.until("the endpoint paused after four failures in a row", WAIT, () -> Optional.of(
                    Http.get(ENDPOINTS + "/" + id, acme).json()).filter(e -> e.getString("state").equals("PAUSED")));
            OperatorAlarms.awaitTimes("CALLBACK_ENDPOINT_PAUSED", "acme " + id, 1);
            MimeMessage mail = Await.until("the pause mailed to " + ops, WAIT, () -> Arrays.stream(
                    MAILBOX.getReceivedMessagesForDomain(ops)).findFirst());
            assertTrue(mail.getSubject().contains(id), mail.getSubject());
            assertTrue(((String) mail.getContent()).contains("/resume"), "says how to resume");
            JsonObject sick = Http.get(ENDPOINTS + "/" + id + "/health", acme).json();
            assertEquals(0, sick.getInt("acknowledged"), sick.toString());
            assertTrue(sick.getInt("attempts") >= 4 && sick.getInt("backlog") == 1, sick.toString());

            String second = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");
            String third = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");
            int before = receiver.received().size();
            receiver.failing(false);
            assertEquals("ACTIVE", Http.post(ENDPOINTS + "/" + id + "/resume", acme).json().getString("state"));
            List<String> taken = Await.until("the backlog delivered", WAIT, () -> Optional.of(
                    receiver.taken("callback.test").stream().map(WebhookReceiver.Received::webhookId).toList())
                    .filter(ids -> ids.size() >= 3));
            assertEquals(List.of(first, second, third), taken, "the paused endpoint's events arrive in order");
            JsonObject well = Await.until("the backlog gone from the health", WAIT, () -> Optional.of(Http.get(
                    ENDPOINTS + "/" + id + "/health", acme).json()).filter(h -> h.getInt("backlog") == 0));
            assertTrue(well.getJsonNumber("successRate").doubleValue() > 0
                    && well.getJsonNumber("successRate").doubleValue() < 1, well.toString());
            assertTrue(well.containsKey("latencyP99Ms"), well.toString());
            assertEquals(1, MAILBOX.getReceivedMessagesForDomain(ops).length, "alerted once");

            assertEquals("PAUSED", Http.post(ENDPOINTS + "/" + id + "/pause", acme).json().getString("state"),
                    "paused by the retailer for a maintenance window");
            String waiting = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");
            assertEquals("ACTIVE", Http.post(ENDPOINTS + "/" + id + "/resume", acme).json().getString("state"));
            Await.until("the test sent while paused, after the resume", WAIT, () -> receiver.taken("callback.test")
                    .stream().filter(r -> r.webhookId().equals(waiting)).findFirst());
            assertTrue(receiver.received().subList(before, receiver.received().size()).stream()
                    .noneMatch(r -> !r.taken()), "nothing failed after the resume");

            JsonObject log = Http.get(ENDPOINTS + "/" + id + "/deliveries?limit=10", acme).structure().asJsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("webhookId").equals(first))
                    .findFirst().orElseThrow();
            assertEquals("DELIVERED", log.getString("state"));
            assertTrue(log.getInt("attempts") >= 5, "every attempt counted: " + log);

            assertEquals(1, Http.post(ENDPOINTS + "/" + id + "/replay?webhookId=" + first, acme).json()
                    .getInt("replayed"));
            Await.until("the replay of " + first + " with its own id", WAIT, () -> Optional.of(
                    receiver.taken("callback.test").stream().filter(r -> r.webhookId().equals(first)).count())
                    .filter(n -> n == 2));

            String oldSecret = endpoint.getString("secret");
            String newSecret = Http.post(ENDPOINTS + "/" + id + "/secret", acme).json().getString("secret");
            assertNotEquals(oldSecret, newSecret);
            for (String secret : List.of(newSecret, oldSecret)) {
                receiver.secret(secret);
                String sent = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");
                Await.until("a test signed so that " + (secret.equals(newSecret) ? "the new" : "the old")
                        + " secret verifies it", WAIT, () -> receiver.received().stream()
                        .filter(r -> r.webhookId().equals(sent) && r.taken()).findFirst());
            }
            assertEquals(204, Http.delete(ENDPOINTS + "/" + id, acme).status());
        }
    }

    /**
     * A 2xx counts only within the timeout (2 s in the test system): an endpoint that answers later is tried again,
     * with the same webhook-id, and the log says why.
     */
    @Test
    void anEndpointThatAnswersTooLateIsTriedAgainWithTheSameIdAndTheLogSaysWhy() throws Exception {
        String acme = Http.clientToken("partner-acme");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = receiver.subscribe(acme, "parcel.deposited").getString("id");
            receiver.slow(Duration.ofSeconds(3));
            String sent = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");
            JsonObject late = Await.until("the late answer in the log", WAIT, () -> delivery(acme, id, sent)
                    .filter(d -> d.getString("lastOutcome", "").startsWith("no answer within")));
            assertEquals("PENDING", late.getString("state"), late.toString());
            receiver.slow(Duration.ZERO);
            JsonObject delivered = Await.until("delivered on a later attempt", WAIT, () -> delivery(acme, id, sent)
                    .filter(d -> d.getString("state").equals("DELIVERED")));
            assertTrue(delivered.getInt("attempts") >= 2, delivered.toString());
            assertTrue(receiver.received().stream().filter(r -> sent.equals(r.webhookId())).count() >= 2,
                    "the late one came again, with the same webhook-id");
            assertEquals(204, Http.delete(ENDPOINTS + "/" + id, acme).status());
        }
    }

    private static Optional<JsonObject> delivery(String token, String endpoint, String webhookId) {
        return Http.get(ENDPOINTS + "/" + endpoint + "/deliveries", token).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("webhookId").equals(webhookId))
                .findFirst();
    }

    @Test
    void anEndpointNeedsAUrlAndKnownEventTypes() {
        String acme = Http.clientToken("partner-acme");
        for (JsonObject wrong : List.of(
                Json.createObjectBuilder().add("url", "ftp://127.0.0.1/hook").add("events",
                        Json.createArrayBuilder().add("parcel.deposited")).build(),
                Json.createObjectBuilder().add("url", "http://127.0.0.1/hook").add("events",
                        Json.createArrayBuilder().add("parcel.teleported")).build(),
                Json.createObjectBuilder().add("url", "http://127.0.0.1/hook").add("events",
                        Json.createArrayBuilder()).build(),
                Json.createObjectBuilder().add("url", "http://127.0.0.1/" + "x".repeat(600)).add("events",
                        Json.createArrayBuilder().add("parcel.deposited")).build())) {
            Http.Reply refused = Http.postJson(ENDPOINTS, acme, wrong);
            assertEquals(400, refused.status(), wrong + ": " + refused.body());
            assertEquals("application/problem+json", refused.contentType(), refused.body());
        }
    }
}
