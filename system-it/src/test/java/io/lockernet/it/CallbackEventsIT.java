package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The events beyond a parcel's deposit and pickup, and how they reach a retailer's systems: a compartment an operator
 * takes out of service and puts back, an alarm at a locker the retailer uses, a pickup window's end that only the
 * Partner knows of (told once, however often), and an endpoint whose retailer wants its own form and API key (an
 * adapter). Received by the reference receiver ({@link WebhookReceiver}), every message verified. On every database:
 * the outbox is its transactions.
 */
@OnEveryDatabase
class CallbackEventsIT {

    private static final String ENDPOINTS = WebhookReceiver.ENDPOINTS;
    private static final String RESERVATIONS = Demo.APP + "/core/api/partner/reservations";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aCompartmentOutOfServiceAndAnAlarmAtTheLockerReachTheRetailersThatUseIt() throws Exception {
        String acme = Http.clientToken("partner-acme");
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        String service = Demo.APP + "/core/api/operator/lockers/L-0006/compartments/B2/service";
        OperatorAlarms.resolveForLocker("TAMPER", "L-0006", "an earlier run's");
        try (WebhookReceiver receiver = new WebhookReceiver();
             SimulatedLocker locker = Demo.locker("L-0006", 2)) {
            String id = receiver.subscribe(acme, "compartment.out-of-service", "compartment.back-in-service",
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
            String id = receiver.subscribe(acme, "parcel.expired").getString("id");
            JsonObject event = Json.createObjectBuilder().add("id", "pe_" + reference).add("type", "parcel.expired")
                    .add("reference", reference).add("locker", "L-0006").add("at", Instant.now().toString())
                    .build();
            assertEquals(201, Http.postJson(events, acme, event).status(), "recorded");
            assertEquals(200, Http.postJson(events, acme, event).status(), "told twice, recorded once");
            Await.until("parcel.expired of " + reference, WAIT, () -> receiver.about("parcel.expired", reference));
            for (JsonObject wrong : List.of(
                    Json.createObjectBuilder(event).add("id", "pe_x1" + reference).add("type", "parcel.collected")
                            .build(),
                    Json.createObjectBuilder(event).add("id", "pe_x2" + reference).add("at", "yesterday").build(),
                    Json.createObjectBuilder(event).add("id", "pe_x3" + reference)
                            .add("at", Instant.now().plusSeconds(3600).toString()).build(),
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
            String id = receiver.subscribe(acme, "parcel.deposited").getString("id");
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
}
