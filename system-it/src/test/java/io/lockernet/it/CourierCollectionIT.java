package io.lockernet.it;

import static io.lockernet.it.LastMile.CORE;
import static io.lockernet.it.LastMile.commissioned;
import static io.lockernet.it.LastMile.consignment;
import static io.lockernet.it.LastMile.courier;
import static io.lockernet.it.LastMile.shift;
import static io.lockernet.it.LastMile.startShifts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Couriers collect parcels waiting in lockers: customers' returns dropped off are handed to the carrier swift in the
 * Partner (its API, and the Returns page in Chromium), the planner routes a courier to them, the courier's opens take
 * them out, and each return is RETRIEVED and its order RETURNED as after staff's retrieval; a collection the courier
 * fails is let go of, and handed over again. Another carrier's courier cannot open it; staff who take a parcel out
 * first, or its customer, call the collection off. An order is handed to the carrier on the Orders page. Acme's
 * lockers at test stores of their own, open day and night.
 */
class CourierCollectionIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final String STORE = "courier-collect";

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void returnsDroppedOffAreHandedToTheCarrierByApiAndOnTheReturnsPageAndItsCourierTakesThemOut() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String employee = Http.userToken("partner-acme", "acme-employee");
        assertEquals(201, Http.putJson(ACME + "products/LAMP-" + run, employee, Json.createObjectBuilder()
                .add("name", "Lamp").add("lengthMm", 150).add("widthMm", 100).add("heightMm", 60)
                .add("weightGrams", 400).build()).status());
        try (SimulatedLocker locker = commissioned("L-0986", STORE, 1, 52.5195, 13.4060); Browser browser = Browser.start()) {
            ReturnInLocker byApi = droppedOff(locker, employee, "CC-" + run + "-1", "LAMP-" + run);
            ReturnInLocker onThePage = droppedOff(locker, employee, "CC-" + run + "-2", "LAMP-" + run);
            startShifts();

            Http.Reply bad = Http.postJson(ACME + "returns/" + byApi.id() + "/carrier", employee, Json
                    .createObjectBuilder().add("carrier", "Swift & Sons").build());
            assertEquals(400, bad.status(), bad.body());
            assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
            Http.Reply stranger = Http.postJson(ACME + "returns/" + byApi.id() + "/carrier", employee, Json
                    .createObjectBuilder().add("carrier", "nobody").build());
            assertEquals(400, stranger.status(), "only the retailer's carriers: " + stranger.body());
            Http.Reply handed = Http.postJson(ACME + "returns/" + byApi.id() + "/carrier", employee, swift());
            assertEquals(201, handed.status(), handed.body());
            assertEquals("swift", handed.json().getString("collectingCarrier"));

            browser.open(Demo.APP + "/partner-acme/returns.xhtml?state=DROPPED_OFF");
            browser.signIn("acme-employee", Demo.PASSWORD);
            browser.text("the signed-in employee", By.id("who"), "acme-employee");
            browser.open(Demo.APP + "/partner-acme/returns.xhtml?state=DROPPED_OFF");
            browser.until("the row of " + byApi.reference() + " naming its carrier", () -> row(browser, ".returns",
                    byApi.reference()).filter(r -> r.getText().contains("swift since")));
            row(browser, ".returns", onThePage.reference()).orElseThrow().findElements(By.cssSelector(".hand-to-carrier"))
                    .stream().filter(b -> b.getText().contains("swift")).findFirst()
                    .orElseThrow(() -> new AssertionError("no button to hand the return to swift")).click();
            browser.text("the hand-over", By.id("returns:done"), "is handed to swift");
            assertEquals(409, Http.postJson(ACME + "returns/" + onThePage.id() + "/carrier", employee, swift())
                    .status(), "collected by one carrier at a time");

            for (ReturnInLocker r : List.of(byApi, onThePage)) {
                JsonObject routed = Await.until("the collection of " + r.reference() + " routed", WAIT, () -> Optional
                        .of(collection(employee, r)).filter(c -> "ROUTED".equals(c.getString("state"))));
                assertEquals("COLLECTION", routed.getString("kind"));
                assertEquals("L-0986", routed.getString("locker"));
                assertEquals(r.compartment(), routed.getString("compartment"));
            }
            String rapid = courier("rapid-courier-1");
            assertEquals(204, Http.putJson(CORE + "courier/shift", rapid, shift()).status());
            assertEquals(404, Http.post(CORE + "courier/lockers/L-0986/open-next", rapid).status(),
                    "swift's collections stay shut to rapid's courier");
            assertEquals(403, Http.post(CORE + "courier/lockers/L-0986/open-next", employee).status(),
                    "a store employee is no courier");
            assertEquals(404, Http.postJson(CORE + "courier/consignments/" + collection(employee, byApi).getString("id")
                    + "/failed", rapid, Json.createObjectBuilder().add("reason", "not mine").build()).status(),
                    "nor can rapid's courier call swift's collection off");

            // the courier cannot take the second one out now: the Partner lets go of it, and staff hand it over again
            Await.until("the collection of " + onThePage.reference() + " failed by its courier", WAIT, () -> {
                JsonObject c = collection(employee, onThePage);
                return Optional.of(Http.postJson(CORE + "courier/consignments/" + c.getString("id") + "/failed",
                        courier(c.getString("courier")), Json.createObjectBuilder().add("reason", "compartment jammed")
                        .build())).filter(reply -> reply.status() == 200);
            });
            JsonObject letGo = Await.until("the return let go of", WAIT, () -> Optional.of(Http.get(ACME + "returns/"
                    + onThePage.id(), employee).json()).filter(r -> !r.containsKey("collectingCarrier")
                    || r.isNull("collectingCarrier")));
            assertTrue(letGo.getString("collectionNote").contains("compartment jammed"), letGo.toString());
            assertEquals("DROPPED_OFF", letGo.getString("state"), "still in its compartment");
            assertEquals(201, Http.postJson(ACME + "returns/" + onThePage.id() + "/carrier", employee, swift())
                    .status(), "handed over again");
            Await.until("the second collection routed", WAIT, () -> Optional.of(collection(employee, onThePage))
                    .filter(c -> "ROUTED".equals(c.getString("state"))));

            for (ReturnInLocker r : List.of(byApi, onThePage)) {
                // the courier the plan names now opens the next compartment of its at the locker (a re-plan may hand
                // the parcel to the other one in between: then ask again), until the door's close took this one out
                Await.until("return " + r.id() + " taken out by the courier", WAIT, () -> {
                    JsonObject now = Http.get(ACME + "returns/" + r.id(), employee).json();
                    JsonObject collection = collection(employee, r);
                    if ("ROUTED".equals(collection.getString("state"))) {
                        Http.Reply opened = Http.post(CORE + "courier/lockers/L-0986/open-next",
                                courier(collection.getString("courier")));
                        assertTrue(opened.status() != 200 || "COLLECTION".equals(opened.json().getString("kind")),
                                "take it out: " + opened.body());
                    }
                    return Optional.of(now).filter(d -> "RETRIEVED".equals(d.getString("state")));
                });
            }
            for (ReturnInLocker r : List.of(byApi, onThePage)) {
                assertEquals("RETURNED", Http.get(ACME + "orders/" + r.reference(), employee).json()
                        .getString("state"));
                JsonObject collected = Await.until("the collection COLLECTED", WAIT, () -> Optional.of(
                        collection(employee, r)).filter(c -> "COLLECTED".equals(c.getString("state"))));
                assertTrue(collected.containsKey("collectedAt"), collected.toString());
            }

            // and an order waiting at the store is handed to the carrier from the Orders page
            String waiting = "CC-" + run + "-3";
            newOrder(employee, waiting, "LAMP-" + run);
            browser.open(Demo.APP + "/partner-acme/orders.xhtml?state=OPEN");
            browser.until("the row of " + waiting, () -> row(browser, ".orders", waiting)).findElements(By.cssSelector(
                    ".hand-to-carrier")).stream().filter(b -> b.getText().contains("swift")).findFirst()
                    .orElseThrow(() -> new AssertionError("no button to hand the order to swift")).click();
            browser.text("the hand-over", By.id("orders:done"), "Order " + waiting + " is handed to swift");
            assertEquals("WITH_CARRIER", Http.get(ACME + "orders/" + waiting, employee).json().getString("state"));
            // its courier cannot deliver it after all: the order waits at the store again
            JsonObject routed = Await.until(waiting + " routed", WAIT, () -> Optional.of(Http.get(ACME + "orders/"
                    + waiting + "/carrier", employee).structure().asJsonArray().getJsonObject(0).getJsonObject(
                    "consignment")).filter(c -> "ROUTED".equals(c.getString("state"))));
            assertEquals("DELIVERY", routed.getString("kind"));
            Await.until(waiting + " failed by its courier", WAIT, () -> {
                JsonObject c = Http.get(ACME + "orders/" + waiting + "/carrier", employee).structure().asJsonArray()
                        .getJsonObject(0).getJsonObject("consignment");
                return Optional.of(Http.postJson(CORE + "courier/consignments/" + c.getString("id") + "/failed",
                        courier(c.getString("courier")), Json.createObjectBuilder().add("reason", "van full")
                        .build())).filter(reply -> reply.status() == 200);
            });
            Await.until(waiting + " back at the store", WAIT, () -> Optional.of(Http.get(ACME + "orders/" + waiting,
                    employee).json()).filter(o -> "OPEN".equals(o.getString("state"))));
        }
    }

    @Test
    void staffOrTheCustomerTakingTheParcelOutFirstCallTheCollectionOffAndOnlyAParcelInItsCompartmentIsCollected() {
        String acme = Http.clientToken("partner-acme");
        try (SimulatedLocker locker = commissioned("L-0987", 1, 52.5185, 13.4030)) {
            Http.Reply reserved = Http.postJson(CORE + "partner/reservations", acme, Json.createObjectBuilder()
                    .add("locker", "L-0987").add("size", "S").add("parcelRef", "collect-it-" + UUID.randomUUID())
                    .build());
            assertEquals(201, reserved.status(), reserved.body());
            String reservation = reserved.json().getString("id");
            Http.Reply empty = Http.postJson(CORE + "partner/consignments/collections", acme, collect(reservation));
            assertEquals(409, empty.status(), "nothing in the compartment yet: " + empty.body());
            assertTrue(empty.contentType().startsWith("application/problem+json"), empty.contentType());

            assertEquals(201, Http.postJson(CORE + "partner/impulses", acme, Json.createObjectBuilder()
                    .add("reservation", reservation).add("purpose", "DEPOSIT").add("requestedBy", "employee-subject")
                    .build()).status());
            awaitReservation(acme, reservation, "DEPOSITED");
            assertEquals(404, Http.postJson(CORE + "partner/consignments/collections",
                    Http.clientToken("partner-bravo"), collect(reservation)).status(), "another retailer's parcel");

            Http.Reply asked = Http.postJson(CORE + "partner/consignments/collections", acme, collect(reservation));
            assertEquals(201, asked.status(), asked.body());
            JsonObject collection = asked.json();
            assertEquals("COLLECTION", collection.getString("kind"));
            assertEquals("WAITING", collection.getString("state"));
            assertEquals("L-0987", collection.getString("locker"));
            String id = collection.getString("id");
            Http.Reply again = Http.postJson(CORE + "partner/consignments/collections", acme, collect(reservation));
            assertEquals(200, again.status(), "asked again, the same collection: " + again.body());
            assertEquals(id, again.json().getString("id"));
            assertEquals(409, Http.postJson(CORE + "partner/consignments/collections", acme, Json.createObjectBuilder()
                    .add("reservation", reservation).add("carrier", "rapid").build()).status(),
                    "one carrier collects it at a time");
            assertEquals(409, Http.post(CORE + "partner/consignments/" + id + "/pickup-code", acme).status(),
                    "a parcel taken out has no pickup code");

            assertEquals(201, Http.postJson(CORE + "partner/impulses", acme, Json.createObjectBuilder()
                    .add("reservation", reservation).add("purpose", "RETRIEVE").add("requestedBy", "employee-subject")
                    .build()).status());
            awaitReservation(acme, reservation, "RETRIEVED");
            JsonObject calledOff = Await.until("the collection called off", WAIT, () -> Optional.of(consignment(acme,
                    id)).filter(c -> "FAILED".equals(c.getString("state"))));
            assertTrue(calledOff.getString("note").contains("taken out"), calledOff.toString());
            assertEquals(409, Http.postJson(CORE + "partner/consignments/collections", acme, collect(reservation))
                    .status(), "nothing left to collect");

            // a parcel its customer comes for after all: the pickup code still opens, and the collection is off
            Http.Reply second = Http.postJson(CORE + "partner/reservations", acme, Json.createObjectBuilder()
                    .add("locker", "L-0987").add("size", "S").build());
            assertEquals(201, second.status(), second.body());
            String forCustomer = second.json().getString("id");
            assertEquals(201, Http.postJson(CORE + "partner/impulses", acme, Json.createObjectBuilder()
                    .add("reservation", forCustomer).add("purpose", "DEPOSIT").add("requestedBy", "employee-subject")
                    .build()).status());
            awaitReservation(acme, forCustomer, "DEPOSITED");
            Http.Reply noRef = Http.postJson(CORE + "partner/consignments/collections", acme, collect(forCustomer));
            assertEquals(201, noRef.status(), "a reservation without a parcelRef: " + noRef.body());
            locker.enterCode(second.json().getString("pickupCode"));
            assertTrue(locker.awaitCodeResult(WAIT).orElseThrow().accepted(), "the customer's code opens");
            awaitReservation(acme, forCustomer, "COLLECTED");
            JsonObject off = Await.until("the collection called off", WAIT, () -> Optional.of(consignment(acme,
                    noRef.json().getString("id"))).filter(c -> "FAILED".equals(c.getString("state"))));
            assertTrue(off.getString("note").contains("picked up"), off.toString());
        }
    }

    /** A return of a collected order, dropped off in its compartment. */
    record ReturnInLocker(long id, String reference, String compartment) {
    }

    /** An order at the test store, deposited, collected, returned and dropped off at L-0986 by its customer. */
    private static ReturnInLocker droppedOff(SimulatedLocker locker, String employee, String reference, String sku) {
        String customer = newOrder(employee, reference, sku);
        Customers.depositAndCollect(MAILBOX, ACME, locker, "L-0986", employee, reference, customer);
        Http.Reply requested = Http.postJson(ACME + "orders/" + reference + "/return", employee,
                Json.createObjectBuilder().add("locker", "L-0986").build());
        assertEquals(201, requested.status(), requested.body());
        long id = requested.json().getJsonNumber("id").longValue();
        assertEquals(409, Http.postJson(ACME + "returns/" + id + "/carrier", employee, swift()).status(),
                "nothing to collect before the customer drops it off");
        locker.enterCode(Customers.code(MAILBOX, customer, "Return", Customers.RETURN_CODE));
        assertTrue(locker.awaitCodeResult(WAIT).orElseThrow().accepted(), "the return code opens");
        Await.until("return " + id + " dropped off", WAIT, () -> Optional.of(Http.get(ACME + "returns/" + id,
                employee).json()).filter(r -> "DROPPED_OFF".equals(r.getString("state"))));
        return new ReturnInLocker(id, reference, requested.json().getString("compartment"));
    }

    /** A new order of one item at the test store; its customer's address. */
    private static String newOrder(String employee, String reference, String sku) {
        String customer = "lisa-" + reference.toLowerCase() + "@example.invalid";
        assertEquals(201, Http.postJson(ACME + "orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", STORE)
                .add("customer", Json.createObjectBuilder().add("name", "Lisa Simpson").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku)
                        .add("quantity", 1)))
                .build()).status());
        return customer;
    }

    private static JsonObject collection(String employee, ReturnInLocker r) {
        Http.Reply reply = Http.get(ACME + "returns/" + r.id() + "/carrier", employee);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static Optional<WebElement> row(Browser browser, String table, String reference) {
        return browser.driver.findElements(By.cssSelector(table + " tr")).stream()
                .filter(r -> r.getText().contains(reference)).findFirst();
    }

    private static JsonObject swift() {
        return Json.createObjectBuilder().add("carrier", "swift").build();
    }

    private static JsonObject collect(String reservation) {
        return Json.createObjectBuilder().add("reservation", reservation).add("carrier", "swift").build();
    }

    private static void awaitReservation(String token, String id, String state) {
        Await.until("reservation " + id + " " + state, WAIT, () -> Optional.of(Http.get(CORE + "partner/reservations/"
                + id, token).json()).filter(r -> state.equals(r.getString("state"))));
    }
}
