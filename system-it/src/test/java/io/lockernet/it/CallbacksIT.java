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

    private static final String ENDPOINTS = Demo.APP + "/core/api/partner/callbacks/endpoints";
    private static final String RESERVATIONS = Demo.APP + "/core/api/partner/reservations";
    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aDepositAndItsPickupReachTheRetailersEndpointSignedAndInOrder() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String reference = "cb-" + UUID.randomUUID().toString().substring(0, 8);
        try (WebhookReceiver receiver = new WebhookReceiver();
             SimulatedLocker locker = Demo.locker("L-0006", 2)) {
            JsonObject endpoint = subscribe(acme, receiver, "parcel.deposited", "parcel.collected");
            String id = endpoint.getString("id");
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));

            JsonObject reservation = Http.postJson(RESERVATIONS, acme, Json.createObjectBuilder()
                    .add("locker", "L-0006").add("size", "S").add("ttlSeconds", 600).add("parcelRef", reference)
                    .build()).json();
            assertEquals(201, Http.postJson(IMPULSES, acme, Json.createObjectBuilder()
                    .add("reservation", reservation.getString("id")).add("purpose", "DEPOSIT")
                    .add("requestedBy", "employee-subject").build()).status());
            JsonObject deposited = Await.until("parcel.deposited of " + reference, WAIT, () -> about(receiver,
                    "parcel.deposited", reference));
            locker.enterCode(reservation.getString("pickupCode"));
            JsonObject collected = Await.until("parcel.collected of " + reference, WAIT, () -> about(receiver,
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
            JsonObject endpoint = subscribe(acme, receiver, "parcel.deposited");
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

    @Test
    void aCompartmentOutOfServiceAndAnAlarmAtTheLockerReachTheRetailersThatUseIt() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        String service = Demo.APP + "/core/api/operator/lockers/L-0006/compartments/B2/service";
        OperatorAlarms.resolveForLocker("TAMPER", "L-0006", "an earlier run's");
        try (WebhookReceiver receiver = new WebhookReceiver();
             SimulatedLocker locker = Demo.locker("L-0006", 2)) {
            String id = subscribe(acme, receiver, "compartment.out-of-service", "compartment.back-in-service",
                    "alarm.raised").getString("id");
            AtomicBoolean closed = new AtomicBoolean();
            locker.onSent(DoorEvent.class, door -> closed.compareAndSet(false, door.compartment().equals("B2")
                    && door.state() == DoorEvent.State.CLOSED));
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));

            locker.openDoorWithoutImpulse("B2");
            JsonObject alarm = Await.until("alarm.raised for the tamper at L-0006/B2", WAIT, () -> receiver
                    .taken("alarm.raised").stream().map(WebhookReceiver.Received::payload)
                    .filter(p -> p.getJsonObject("data").getString("kind").equals("TAMPER")).findFirst());
            assertEquals("B2", alarm.getJsonObject("data").getString("compartment"));
            assertEquals("L-0006", alarm.getJsonObject("data").getString("locker"));
            Await.until("the forced door closed again", WAIT, () -> closed.get() ? Optional.of(true)
                    : Optional.empty());
            Await.until("the Core saw it closed", WAIT, () -> Optional.of(Http.get(Demo.APP
                    + "/core/api/partner/lockers", acme).structure().asJsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(l -> l.getString("id").equals("L-0006"))
                    .flatMap(l -> l.getJsonArray("compartments").stream().map(JsonValue::asJsonObject))
                    .filter(c -> c.getString("name").equals("B2")).findFirst().orElseThrow().getString("state"))
                    .filter(state -> !state.equals("OPEN")));

            Http.Reply out = Http.putJson(service, operator, Json.createObjectBuilder().add("inService", false)
                    .add("note", "hinge broken").build());
            assertEquals(200, out.status(), out.body());
            assertEquals("OUT_OF_SERVICE", out.json().getString("state"));
            JsonObject told = Await.until("compartment.out-of-service of L-0006/B2", WAIT, () -> receiver
                    .taken("compartment.out-of-service").stream().map(WebhookReceiver.Received::payload)
                    .filter(p -> p.getJsonObject("data").getString("compartment").equals("B2")).findFirst());
            assertEquals("L-0006", told.getJsonObject("data").getString("locker"));
            assertFalse(told.toString().contains("hinge"), "the operator's note stays with the operators: " + told);
            Http.Reply reserve = Http.postJson(RESERVATIONS, acme, Json.createObjectBuilder().add("locker", "L-0006")
                    .add("compartment", "B2").add("ttlSeconds", 60).build());
            assertEquals(409, reserve.status(), "out of service, it is reserved for nobody: " + reserve.body());

            Http.Reply back = Http.putJson(service, operator, Json.createObjectBuilder().add("inService", true)
                    .build());
            assertEquals("AVAILABLE", back.json().getString("state"), back.body());
            Await.until("compartment.back-in-service of L-0006/B2", WAIT, () -> receiver
                    .taken("compartment.back-in-service").stream().findFirst());
            Http.Reply noNote = Http.putJson(service, operator, Json.createObjectBuilder().add("inService", false)
                    .build());
            assertEquals(400, noNote.status(), "out of service says why: " + noNote.body());

            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::verified));
            OperatorAlarms.resolveForLocker("TAMPER", "L-0006", "the test's own");
            assertEquals(204, Http.delete(ENDPOINTS + "/" + id, acme).status());
        }
    }

    @Test
    void onlyAPartnerTellsOfPickupWindowsAndWhatItTellsTwiceIsRecordedOnce() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String events = Demo.APP + "/core/api/partner/callbacks/events";
        String reference = "cb-" + UUID.randomUUID().toString().substring(0, 8);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = subscribe(acme, receiver, "parcel.expired").getString("id");
            JsonObject event = Json.createObjectBuilder().add("id", "pe_" + reference).add("type", "parcel.expired")
                    .add("reference", reference).add("locker", "L-0006").add("at", java.time.Instant.now().toString())
                    .build();
            assertEquals(201, Http.postJson(events, acme, event).status(), "recorded");
            assertEquals(200, Http.postJson(events, acme, event).status(), "told twice, recorded once");
            Await.until("parcel.expired of " + reference, WAIT, () -> about(receiver, "parcel.expired", reference));
            for (JsonObject wrong : List.of(
                    Json.createObjectBuilder(event).add("id", "pe_x1" + reference).add("type", "parcel.collected")
                            .build(),
                    Json.createObjectBuilder(event).add("id", "pe_x2" + reference).add("at", "yesterday").build(),
                    Json.createObjectBuilder(event).add("id", "pe_x3" + reference)
                            .add("at", java.time.Instant.now().plusSeconds(3600).toString()).build(),
                    Json.createObjectBuilder(event).add("id", "has spaces").build())) {
                Http.Reply refused = Http.postJson(events, acme, wrong);
                assertEquals(400, refused.status(), wrong + ": " + refused.body());
                assertEquals("application/problem+json", refused.contentType(), refused.body());
            }
            Http.Reply asShepherd = Http.postJson(events, Http.clientToken("shepherd-1"), event);
            assertEquals(403, asShepherd.status(), "a Shepherd tells nothing to a retailer: " + asShepherd.body());
            assertEquals(1, receiver.received().stream().filter(r -> r.type().equals("parcel.expired")).count(),
                    "one event, however often told");
            assertEquals(204, Http.delete(ENDPOINTS + "/" + id, acme).status());
        }
    }

    @Test
    void anAdapterSendsARetailerItsOwnFormWithItsApiKeyStillSigned() throws Exception {
        String acme = Http.clientToken("partner-acme");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = subscribe(acme, receiver, "parcel.deposited").getString("id");
            String adapter = ENDPOINTS + "/" + id + "/adapter";
            Http.Reply set = Http.putJson(adapter, acme, Json.createObjectBuilder().add("name", "form-post")
                    .add("settings", Json.createObjectBuilder()
                            .add("fields", Json.createObjectBuilder().add("type", "event").add("webhookId", "event_id")
                                    .add("data.endpoint", "hook"))
                            .add("apiKeyHeader", "X-Api-Key").add("apiKey", "k-0123456789")).build());
            assertEquals(200, set.status(), set.body());
            assertEquals("form-post", set.json().getString("adapter"));
            assertFalse(set.body().contains("k-0123456789"), "the API key is not shown again: " + set.body());
            assertEquals("set", Http.get(ENDPOINTS + "/" + id, acme).json().getJsonObject("adapterSettings")
                    .getString("apiKey"));

            String sent = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");
            WebhookReceiver.Received form = Await.until("the test as a form", WAIT, () -> receiver.received().stream()
                    .filter(r -> sent.equals(r.webhookId())).findFirst());
            assertTrue(form.verified(), "signed over the form body");
            assertTrue(form.taken());
            assertEquals("application/x-www-form-urlencoded", form.headers().get("content-type"));
            assertEquals("k-0123456789", form.headers().get("x-api-key"));
            assertEquals(Json.createObjectBuilder().add("event", "callback.test").add("event_id", sent)
                    .add("hook", id).build(), form.payload(), "the retailer's own field names, no other");

            for (JsonObject wrong : List.of(
                    Json.createObjectBuilder().add("name", "carrier-pigeon").build(),
                    Json.createObjectBuilder().add("name", "form-post").add("settings", Json.createObjectBuilder()
                            .add("apiKey", "k-0123456789")).build(),
                    Json.createObjectBuilder().add("name", "form-post").add("settings", Json.createObjectBuilder()
                            .add("apiKeyHeader", "Authorization").add("apiKey", "k-0123456789")).build(),
                    Json.createObjectBuilder().add("name", "form-post").add("settings", Json.createObjectBuilder()
                            .add("fields", Json.createObjectBuilder().add("data.x", "a b"))).build(),
                    Json.createObjectBuilder().add("name", "form-post").add("settings", Json.createObjectBuilder()
                            .add("url", "https://elsewhere.example")).build())) {
                Http.Reply refused = Http.putJson(adapter, acme, wrong);
                assertEquals(400, refused.status(), wrong + ": " + refused.body());
                assertEquals("application/problem+json", refused.contentType(), refused.body());
            }
            assertEquals(404, Http.putJson(ENDPOINTS + "/ep_nobody/adapter", acme, Json.createObjectBuilder()
                    .add("name", "form-post").build()).status());

            Http.Reply removed = Http.delete(adapter, acme);
            assertEquals(200, removed.status(), removed.body());
            String json = Http.post(ENDPOINTS + "/" + id + "/test", acme).json().getString("webhookId");
            JsonObject standard = Await.until("the next test as JSON", WAIT, () -> receiver.received().stream()
                    .filter(r -> json.equals(r.webhookId())).map(WebhookReceiver.Received::payload).findFirst());
            assertEquals("callback.test", standard.getString("type"));
            assertEquals(204, Http.delete(ENDPOINTS + "/" + id, acme).status());
        }
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

    private static JsonObject subscribe(String token, WebhookReceiver receiver, String... events) {
        var list = Json.createArrayBuilder();
        for (String event : events) {
            list.add(event);
        }
        Http.Reply created = Http.postJson(ENDPOINTS, token, Json.createObjectBuilder().add("url", receiver.url())
                .add("events", list).build());
        assertEquals(201, created.status(), created.body());
        JsonObject endpoint = created.json();
        assertTrue(endpoint.getString("secret").startsWith("whsec_"), "the secret, once");
        receiver.secret(endpoint.getString("secret"));
        return endpoint;
    }

    private static Optional<JsonObject> about(WebhookReceiver receiver, String type, String reference) {
        return receiver.taken(type).stream().map(WebhookReceiver.Received::payload)
                .filter(p -> p.getJsonObject("data").getString("reference", "").equals(reference)).findFirst();
    }
}
