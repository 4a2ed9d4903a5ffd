package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A parcel nobody collects: the customer is reminded before the pickup window ends, staff extend it once (not twice),
 * it lands on the retrieval list when the window has ended, and staff take it back out; the retailer's callback
 * endpoint hears of the deposit, the window ending soon and ended (told by the Partner), and the retrieval, in
 * sequence. Bravo's window is 20 s in the test system (src/it-config/server.properties), reminders 15 s before the end.
 */
@OnEveryDatabase
class ExpiryIT {

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String BRAVO = Demo.APP + "/partner-bravo/api/";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String ENDPOINTS = Demo.APP + "/core/api/partner/callbacks/endpoints";

    @Test
    void aParcelNobodyCollectsIsRemindedExtendedOnceListedAndRetrieved() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "moe-" + run + "@example.invalid";
        String reference = "EX-" + run;
        String employee = Http.userToken("partner-bravo", "bravo-employee");
        assertEquals(201, Http.putJson(BRAVO + "products/MUG-" + run, employee, Json.createObjectBuilder()
                .add("name", "Mug").add("lengthMm", 120).add("widthMm", 90).add("heightMm", 100)
                .add("weightGrams", 350).add("packaging", "FRAGILE").build()).status());
        assertEquals(201, Http.postJson(BRAVO + "orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", "bravo-capital")
                .add("customer", Json.createObjectBuilder().add("name", "Moe Szyslak").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "MUG-" + run)
                        .add("quantity", 1)))
                .build()).status());

        String bravo = Http.clientToken("partner-bravo");
        try (WebhookReceiver receiver = new WebhookReceiver();
             SimulatedLocker locker = Demo.locker("L-0003", 1)) {
            Http.Reply subscribed = Http.postJson(ENDPOINTS, bravo, Json.createObjectBuilder()
                    .add("url", receiver.url()).add("events", Json.createArrayBuilder().add("parcel.deposited")
                            .add("parcel.expiring").add("parcel.expired").add("parcel.retrieved")).build());
            assertEquals(201, subscribed.status(), subscribed.body());
            receiver.secret(subscribed.json().getString("secret"));
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0003 welcomed");
            JsonObject proposal = Await.until("a proposal for " + reference, WAIT, () -> Optional.of(
                    Http.get(BRAVO + "orders/" + reference + "/proposal?locker=L-0003", employee))
                    .filter(r -> r.status() == 200).map(Http.Reply::json));
            Http.Reply deposit = Http.postJson(BRAVO + "orders/" + reference + "/deposit", employee,
                    Json.createObjectBuilder().add("locker", "L-0003")
                            .add("compartment", proposal.getString("compartment")).build());
            assertEquals(200, deposit.status(), deposit.body());
            JsonObject deposited = Await.until(reference + " deposited", WAIT, () -> parcel(employee, reference)
                    .filter(p -> "DEPOSITED".equals(p.getString("state")) && p.containsKey("expiresAt")));
            Instant firstEnd = Instant.parse(deposited.getString("expiresAt"));

            MimeMessage reminder = Await.until("a reminder to " + customer, WAIT, () -> Arrays.stream(
                    MAILBOX.getReceivedMessagesForDomain(customer)).filter(ExpiryIT::isReminder).findFirst());
            assertTrue(subject(reminder).contains(reference), subject(reminder));

            Http.Reply extended = Http.post(BRAVO + "orders/" + reference + "/extend", employee);
            assertEquals(200, extended.status(), extended.body());
            JsonObject longer = extended.json().getJsonArray("parcels").getJsonObject(0);
            assertTrue(longer.getBoolean("extended"));
            assertEquals(Duration.ofSeconds(20), Duration.between(firstEnd, Instant.parse(longer.getString("expiresAt"))),
                    "one more window");
            Http.Reply twice = Http.post(BRAVO + "orders/" + reference + "/extend", employee);
            assertEquals(409, twice.status(), "only one extension: " + twice.body());

            Await.until(reference + " on the retrieval list", WAIT, () -> Http.get(BRAVO
                    + "parcels/expired?store=bravo-capital", employee).structure().asJsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(p -> reference.equals(p.getString("reference"))).findFirst());
            Http.Reply retrieved = Http.post(BRAVO + "orders/" + reference + "/retrieve", employee);
            assertEquals(200, retrieved.status(), "the compartment opened for staff: " + retrieved.body());
            Await.until(reference + " expired and retrieved", WAIT, () -> Optional.of(
                    Http.get(BRAVO + "orders/" + reference, employee).json())
                    .filter(o -> "EXPIRED".equals(o.getString("state"))
                            && "RETRIEVED".equals(o.getJsonArray("parcels").getJsonObject(0).getString("state"))));

            // the retailer's systems heard it all, the Partner's window events among the Core's, in order
            List<JsonObject> told = Await.until("parcel.retrieved of " + reference + " at bravo's endpoint", WAIT,
                    () -> Optional.of(ofParcel(receiver, reference)).filter(events -> !events.isEmpty()
                            && type(events.get(events.size() - 1)).equals("parcel.retrieved")));
            List<String> types = told.stream().map(ExpiryIT::type).toList();
            assertEquals("parcel.deposited", types.get(0), types.toString());
            assertTrue(types.indexOf("parcel.expiring") > 0 && types.indexOf("parcel.expired")
                    > types.indexOf("parcel.expiring"), "expiring, then expired: " + types);
            assertEquals(1, types.stream().filter("parcel.expired"::equals).count(), types.toString());
            assertTrue(told.get(types.indexOf("parcel.expired")).getJsonObject("data")
                    .getString("expiresAt").length() > 0, "expired says when the window ended");
            for (int i = 1; i < told.size(); i++) {
                assertTrue(told.get(i).getJsonNumber("sequence").longValue()
                        > told.get(i - 1).getJsonNumber("sequence").longValue(), "in sequence: " + told);
            }
            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::verified));
            assertTrue(told.stream().noneMatch(e -> e.toString().contains(customer) || e.toString().contains("Moe")),
                    "no personal data in the events");
            assertEquals(204, Http.delete(ENDPOINTS + "/" + subscribed.json().getString("id"), bravo).status());
        }
    }

    private static List<JsonObject> ofParcel(WebhookReceiver receiver, String reference) {
        return receiver.received().stream().filter(WebhookReceiver.Received::taken)
                .map(WebhookReceiver.Received::payload)
                .filter(p -> p.getJsonObject("data").getString("reference", "").equals(reference)).toList();
    }

    private static String type(JsonObject event) {
        return event.getString("type");
    }

    private static Optional<JsonObject> parcel(String token, String reference) {
        return Optional.of(Http.get(BRAVO + "orders/" + reference, token).json().getJsonArray("parcels"))
                .filter(parcels -> !parcels.isEmpty()).map(parcels -> parcels.getJsonObject(0));
    }

    private static boolean isReminder(MimeMessage message) {
        return subject(message).startsWith("Reminder");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
