package io.lockernet.it;

import static io.lockernet.it.LastMile.CORE;
import static io.lockernet.it.LastMile.COURIER_APP;
import static io.lockernet.it.LastMile.awaitRouted;
import static io.lockernet.it.LastMile.commissioned;
import static io.lockernet.it.LastMile.consign;
import static io.lockernet.it.LastMile.consignAs;
import static io.lockernet.it.LastMile.consignRequest;
import static io.lockernet.it.LastMile.consignment;
import static io.lockernet.it.LastMile.shift;
import static io.lockernet.it.LastMile.startShifts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.api.protocol.CodeResult;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The last mile through the Core's APIs, with simulated lockers: a retailer hands a parcel to the carrier swift, the
 * planner routes it to the customer's locker, the courier the plan names opens its compartment there and the door's
 * close puts it in; the retailer then gets the customer's pickup code (a second request replaces the first), and the
 * code opens the compartment at the keypad. A locker that goes offline has its parcels moved to another locker with
 * room, and a parcel waiting for a locker is routed once it comes online, or connects for the first time. A courier of another carrier
 * reaches none of it. The lockers stand a few hundred metres apart (their sites come with their registration).
 */
class CourierDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final Pattern CODE = Pattern.compile("Pickup code: (\\d{6})");
    private static final Pattern TRACKING = Pattern.compile("https://[^/\\s]+(/partner-acme/track/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void anOrderHandedToTheCarrierIsDeliveredAndItsCustomerMailedTheCodeAsAfterADepositByStaff() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "marge-" + run + "@example.invalid";
        String employee = Http.userToken("partner-acme", "acme-employee");
        String acme = Http.clientToken("partner-acme");
        assertEquals(201, Http.putJson(ACME + "products/HINGE-" + run, employee, Json.createObjectBuilder()
                .add("name", "Hinge").add("lengthMm", 100).add("widthMm", 50).add("heightMm", 30)
                .add("weightGrams", 200).build()).status());
        String reference = "CD-" + run;
        assertEquals(201, Http.postJson(ACME + "orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", "acme-springfield")
                .add("customer", Json.createObjectBuilder().add("name", "Marge Simpson").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "HINGE-" + run)
                        .add("quantity", 1)))
                .build()).status());
        try (SimulatedLocker first = Demo.locker("L-0001", 1); SimulatedLocker second = Demo.locker("L-0006", 2)) {
            first.connect().join();
            second.connect().join();
            assertTrue(first.awaitWelcome(WAIT) && second.awaitWelcome(WAIT), "the store's lockers welcomed");
            startShifts();
            Http.Reply handed = Http.postJson(ACME + "orders/" + reference + "/carrier", employee,
                    Json.createObjectBuilder().add("carrier", "swift").add("locker", "L-0001").build());
            assertEquals(201, handed.status(), handed.body());
            assertEquals("WITH_CARRIER", Http.get(ACME + "orders/" + reference, employee).json().getString("state"));
            assertEquals(409, Http.postJson(ACME + "orders/" + reference + "/carrier", employee, Json
                    .createObjectBuilder().add("carrier", "swift").build()).status(), "handed over once");

            JsonObject routed = Await.until(reference + " routed", WAIT, () -> Optional.of(Http.get(ACME + "orders/"
                    + reference + "/carrier", employee).structure().asJsonArray().getJsonObject(0)
                    .getJsonObject("consignment")).filter(c -> c.getString("state").equals("ROUTED")));
            String locker = routed.getString("locker");

            MimeMessage onItsWay = Await.until("the e-mail with the link to follow the order", WAIT, () -> Arrays
                    .stream(MAILBOX.getReceivedMessagesForDomain(customer))
                    .filter(m -> subject(m).contains("on its way")).findFirst());
            Matcher link = TRACKING.matcher(GreenMailUtil.getBody(onItsWay));
            assertTrue(link.find(), GreenMailUtil.getBody(onItsWay));
            String tracking = Demo.APP + link.group(1);
            Http.Reply followed = Http.get(tracking, null);
            assertEquals(200, followed.status(), "no sign-in: " + followed.body());
            assertTrue(followed.body().contains("On its way with swift") && followed.body().contains("id=\"eta\""),
                    followed.body());
            assertTrue(!followed.body().contains("Marge"), "no name on a page anyone with the link may see");
            assertEquals(404, Http.get(tracking.substring(0, tracking.length() - 1)
                    + (tracking.endsWith("A") ? "B" : "A"), null).status(), "another token opens nothing");

            // both couriers report being 20 km away: whichever brings it, the ETA follows (and the routes are planned
            // again from there, the couriers being far behind the plan)
            Instant planned = Instant.parse(routed.getString("eta"));
            for (String driver : new String[] {"swift-courier-1", "swift-courier-2"}) {
                assertEquals(202, Http.putJson(CORE + "courier/position", Http.userToken(COURIER_APP, driver), Json
                        .createObjectBuilder().add("latitude", 52.70).add("longitude", 13.40).build()).status());
            }
            JsonObject later = Await.until("the ETA following the courier, 20 km away", WAIT, () -> Optional.of(
                    consignment(acme, routed.getString("id"))).filter(c -> c.containsKey("eta") && Instant.parse(
                    c.getString("eta")).isAfter(planned.plus(Duration.ofMinutes(20)))));
            assertTrue(Http.get(tracking, null).body().contains("Expected at the locker around"));

            // the courier who brings it now (a re-plan may hand it to the other one in between: then ask again)
            Await.until("the compartment opened by the courier the route names", WAIT, () -> Optional.of(Http.post(
                    CORE + "courier/lockers/" + locker + "/open-next", Http.userToken(COURIER_APP, consignment(acme,
                    later.getString("id")).getString("courier")))).filter(r -> r.status() == 200));

            JsonObject deposited = Await.until(reference + " deposited and its code sent", WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference, employee).json())
                    .filter(o -> "DEPOSITED".equals(o.getString("state")) && !o.getJsonArray("parcels").isEmpty()
                            && o.getJsonArray("parcels").getJsonObject(0).containsKey("codeSentAt")));
            assertEquals(routed.getString("compartment"), deposited.getJsonArray("parcels").getJsonObject(0)
                    .getString("compartment"));
            MimeMessage mail = Await.until("the pickup e-mail to " + customer, WAIT, () -> Arrays.stream(
                    MAILBOX.getReceivedMessagesForDomain(customer)).filter(m -> subject(m).contains("ready for pickup"))
                    .findFirst());
            Matcher code = CODE.matcher(GreenMailUtil.getBody(mail));
            assertTrue(code.find(), "the mail carries the code");
            String inTheLocker = Http.get(tracking, null).body();
            assertTrue(inTheLocker.contains("In the locker since") && inTheLocker.contains("Please collect it by"),
                    inTheLocker);
            SimulatedLocker at = locker.equals("L-0001") ? first : second;
            at.enterCode(code.group(1));
            Await.until(reference + " collected", WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference, employee).json())
                    .filter(o -> "COLLECTED".equals(o.getString("state"))));
        }
    }

    @Test
    void aCourierPutsTheParcelInAndTheCustomersCodeOpensItAtTheKeypad() {
        try (SimulatedLocker locker = commissioned("L-0981", 1, 52.5208, 13.4094)) {
            String acme = Http.clientToken("partner-acme");
            startShifts();
            JsonObject routed = awaitRouted(acme, consign(acme, "S", "L-0981"), "L-0981");
            String courier = Http.userToken(COURIER_APP, routed.getString("courier"));
            JsonObject stop = Http.get(CORE + "courier/route", courier).json().getJsonArray("stops").stream()
                    .map(JsonValue::asJsonObject).filter(s -> s.getString("locker").equals("L-0981")).findFirst()
                    .orElseThrow(() -> new AssertionError("no stop at L-0981 on the courier's route"));
            assertTrue(stop.getJsonArray("parcels").stream().map(JsonValue::asJsonObject)
                    .anyMatch(p -> p.getString("consignment").equals(routed.getString("id"))), stop.toString());

            assertEquals(404, Http.post(CORE + "courier/lockers/L-NOWHERE/arrived", courier).status(),
                    "no stop of this courier's");
            assertEquals(204, Http.post(CORE + "courier/lockers/L-0981/arrived", courier).status());
            Http.Reply opened = Http.post(CORE + "courier/lockers/L-0981/open-next", courier);
            assertEquals(200, opened.status(), opened.body());
            assertEquals(routed.getString("compartment"), opened.json().getString("compartment"));
            JsonObject deposited = Await.until("the consignment DEPOSITED", WAIT, () -> Optional.of(consignment(acme,
                    routed.getString("id"))).filter(c -> c.getString("state").equals("DEPOSITED")));
            assertEquals("L-0981", deposited.getString("locker"));
            assertTrue(Http.get(CORE + "courier/route", courier).json().getJsonArray("done").stream()
                    .map(JsonValue::asJsonObject).anyMatch(d -> d.getString("consignment").equals(routed.getString("id"))
                            && d.getString("state").equals("DEPOSITED") && d.containsKey("at")), "done today");

            Http.Reply lost = Http.post(CORE + "partner/consignments/" + routed.getString("id") + "/pickup-code", acme);
            assertEquals(200, lost.status(), lost.body());
            Http.Reply code = Http.post(CORE + "partner/consignments/" + routed.getString("id") + "/pickup-code", acme);
            assertEquals(200, code.status(), code.body());
            String first = lost.json().getString("pickupCode");
            assertTrue(!first.equals(code.json().getString("pickupCode")) || Http.post(CORE + "partner/consignments/"
                    + routed.getString("id") + "/pickup-code", acme).status() == 200, "each call a new code");
            if (!first.equals(code.json().getString("pickupCode"))) {
                locker.enterCode(first);
                CodeResult replaced = locker.awaitCodeResult(WAIT).orElseThrow(() -> new AssertionError("no result"));
                assertTrue(!replaced.accepted(), "a code replaced by a later one opens nothing");
            }
            locker.enterCode(code.json().getString("pickupCode"));
            CodeResult pickup = locker.awaitCodeResult(WAIT).orElseThrow(() -> new AssertionError("no code result"));
            assertTrue(pickup.accepted(), String.valueOf(pickup));
            assertEquals(routed.getString("compartment"), pickup.compartment());
            assertEquals(404, Http.post(CORE + "courier/lockers/L-0981/open-next", courier).status(),
                    "nothing more for this courier here");
        }
    }

    @Test
    void aLockerThatGoesOfflineHasItsParcelsMovedToAnotherWithRoom() {
        String acme = Http.clientToken("partner-acme");
        try (SimulatedLocker other = commissioned("L-0984", 1, 52.5230, 13.4120)) {
            String id;
            try (SimulatedLocker first = commissioned("L-0983", 1, 52.5215, 13.4101)) {
                startShifts();
                id = consign(acme, "S", "L-0983", "L-0984");
                JsonObject routed = awaitRouted(acme, id, "L-0983");
                assertEquals("RESERVED", compartmentState(acme, "L-0983", routed.getString("compartment")));
            }
            JsonObject moved = awaitRouted(acme, id, "L-0984");
            assertTrue(moved.getString("compartment") != null && !moved.getString("courier").isBlank(),
                    moved.toString());
            assertEquals("RESERVED", compartmentState(acme, "L-0984", moved.getString("compartment")));
        }
    }

    @Test
    void aParcelWaitingForALockerThatIsOfflineIsRoutedOnceTheLockerComesBackOnline() {
        String acme = Http.clientToken("partner-acme");
        try (SimulatedLocker once = commissioned("L-0988", "courier-online", 1, 52.5240, 13.4000)) {
            startShifts(); // the locker was online once, and goes now: an outage
        }
        String id = consign(acme, "S", "L-0988");
        JsonObject waiting = Await.until("the parcel planned and left waiting", WAIT, () -> Optional.of(
                consignment(acme, id)).filter(c -> "WAITING".equals(c.getString("state")) && c.containsKey("note")
                && !c.isNull("note")));
        assertTrue(!waiting.containsKey("locker") || waiting.isNull("locker"), waiting.toString());
        try (SimulatedLocker back = commissioned("L-0988", "courier-online", 1, 52.5240, 13.4000)) {
            JsonObject routed = awaitRouted(acme, id, "L-0988");
            // nobody brings it in the end: the courier gives it up, and nothing of this test is left routed
            LastMile.giveUp(acme, id, routed.getString("courier"));
        }
    }

    @Test
    void aParcelForALockerNeverOnlineYetIsRoutedWhenItFirstConnects() {
        String acme = Http.clientToken("partner-acme");
        try (SimulatedLocker fresh = LastMile.registered("L-0989", "courier-first", 1, 52.5250, 13.4010)) {
            startShifts();
            String id = consign(acme, "S", "L-0989");
            Await.until("the parcel planned and left waiting", WAIT, () -> Optional.of(consignment(acme, id))
                    .filter(c -> "WAITING".equals(c.getString("state")) && c.containsKey("note") && !c.isNull("note")));
            fresh.connect().join();
            assertTrue(fresh.awaitWelcome(WAIT), "L-0989 welcomed");
            // routed on its first hello (the planner looks every 2 s), not at its ten-minute tidy
            JsonObject routed = Await.until("the parcel routed to L-0989 on its first hello", Duration.ofSeconds(20),
                    () -> Optional.of(consignment(acme, id)).filter(c -> c.getString("state").equals("ROUTED")
                            && "L-0989".equals(c.getString("locker", null))));
            LastMile.giveUp(acme, id, routed.getString("courier"));
        }
    }

    @Test
    void aCourierOfAnotherCarrierReachesNoneOfItAndNobodyElseUsesTheCourierArea() {
        try (SimulatedLocker locker = commissioned("L-0982", 1, 52.5221, 13.4150)) {
            String acme = Http.clientToken("partner-acme");
            startShifts();
            String parcelRef = "courier-it-" + UUID.randomUUID();
            String id = consignAs(acme, parcelRef, "XS", "L-0982");
            JsonObject routed = awaitRouted(acme, id, "L-0982");
            String rapid = Http.userToken(COURIER_APP, "rapid-courier-1");
            assertEquals(204, Http.putJson(CORE + "courier/shift", rapid, shift()).status());
            assertEquals(404, Http.post(CORE + "courier/lockers/L-0982/open-next", rapid).status(),
                    "swift's parcel stays shut to rapid's courier");
            Http.Reply fail = Http.postJson(CORE + "courier/consignments/" + id + "/failed", rapid,
                    Json.createObjectBuilder().add("reason", "not mine").build());
            assertEquals(404, fail.status(), fail.body());
            assertTrue(fail.contentType().startsWith("application/problem+json"), fail.contentType());
            assertTrue(Http.get(CORE + "courier/route", rapid).json().getJsonArray("stops").stream()
                    .map(JsonValue::asJsonObject).noneMatch(s -> s.getString("locker").equals("L-0982")));
            assertEquals(403, Http.post(CORE + "partner/impulses", rapid).status(), "no retailer's compartment");
            assertEquals(403, Http.get(CORE + "courier/route", acme).status(), "a retailer is no courier");
            assertEquals(403, Http.get(CORE + "courier/route", Http.userToken("partner-acme", "acme-employee"))
                    .status(), "nor is a store employee");
            assertEquals(404, Http.get(CORE + "partner/consignments/" + id, Http.clientToken("partner-bravo"))
                    .status(), "another retailer never learns of it");
            assertEquals("ROUTED", consignment(acme, id).getString("state"), "untouched");

            String other = routed.getString("courier").equals("swift-courier-1") ? "swift-courier-2"
                    : "swift-courier-1";
            assertEquals(404, Http.post(CORE + "courier/lockers/L-0982/open-next", Http.userToken(COURIER_APP, other))
                    .status(), "nor to the colleague it is not routed to");
            assertEquals(409, Http.postJson(CORE + "partner/consignments", acme, consignRequest(parcelRef, "XS",
                    "L-0982")).status(), "with a carrier once at a time");
            Http.Reply failed = Http.postJson(CORE + "courier/consignments/" + id + "/failed",
                    Http.userToken(COURIER_APP, routed.getString("courier")), Json.createObjectBuilder()
                            .add("reason", "parcel damaged").build());
            assertEquals(200, failed.status(), failed.body());
            assertEquals("FAILED", consignment(acme, id).getString("state"));
            assertEquals("parcel damaged", consignment(acme, id).getString("note"));
            Http.Reply again = Http.postJson(CORE + "partner/consignments", acme, consignRequest(parcelRef, "XS",
                    "L-0982"));
            assertEquals(201, again.status(), "after a failed delivery it may go again: " + again.body());
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compartmentState(String acme, String locker, String compartment) {
        return ReservationsIT.compartmentState(acme, locker, compartment);
    }
}
