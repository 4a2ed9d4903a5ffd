package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The courier app in real headless Chromium, in a phone's window: the courier starts the shift, sees the parcel the
 * planner routed to them at its stop, opens its compartment from the page, and once the simulated door has closed on
 * it the stop is gone from the route by itself (the page asks the Core again every few seconds).
 */
class CourierPageBrowserIT {

    private static final String CORE = LastMile.CORE;
    private static final String LOCKER = "L-0985";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aCourierStartsTheShiftAndOpensTheCompartmentOfTheParcelAtItsStopFromAPhone() {
        try (SimulatedLocker locker = LastMile.commissioned(LOCKER, 2, 52.5199, 13.4011);
             Browser browser = Browser.start()) {
            browser.phoneSized();
            browser.open(Demo.APP + "/courier/");
            browser.signIn("swift-courier-1", Demo.PASSWORD);
            browser.element("the shift's end", By.id("route-form:until")).clear();
            browser.element("the shift's end", By.id("route-form:until")).sendKeys("24:00");
            browser.click("Start the shift", By.id("route-form:start-shift"));
            browser.text("the shift confirmed", By.id("messages"), "Your shift is on until 24:00");
            assertEquals(204, Http.putJson(CORE + "courier/shift", Http.userToken("lockernet-courier-app",
                    "swift-courier-2"), Json.createObjectBuilder().add("latitude", 52.60).add("longitude", 13.60)
                    .add("until", "24:00").add("capacity", 5).build()).status(), "the other courier starts far away");

            String acme = Http.clientToken("partner-acme");
            String parcelRef = "courier-page-" + UUID.randomUUID();
            String id = LastMile.consignAs(acme, parcelRef, "XS", LOCKER);
            JsonObject routed = LastMile.awaitRouted(acme, id, LOCKER);
            assertEquals("swift-courier-1", routed.getString("courier"), "the courier near the locker brings it");

            String stop = "//section[contains(@class,'stop') and @data-locker='" + LOCKER + "']";
            browser.text("the stop with the parcel, after the page's next look", By.xpath(stop), parcelRef);
            browser.text("its compartment", By.xpath(stop), routed.getString("compartment"));
            assertTrue(browser.<Boolean>script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "nothing wider than the phone");
            browser.click("Arrived", By.xpath(stop + "//button[contains(@class,'arrived')]"));
            browser.text("the arrival confirmed", By.id("messages"), "Arrived at " + LOCKER);
            browser.click("Open next compartment", By.xpath(stop + "//button[contains(@class,'open-next')]"));
            browser.text("the compartment opening", By.id("messages"), "Compartment " + routed.getString("compartment")
                    + " of " + LOCKER + " opens");
            Await.until("the parcel in its compartment", WAIT, () -> Optional.of(LastMile.consignment(acme, id))
                    .filter(c -> "DEPOSITED".equals(c.getString("state"))));
            browser.until("the stop gone from the route", () -> Optional.of(browser.<Boolean>script(
                    "return !document.evaluate(arguments[0], document, null, XPathResult.BOOLEAN_TYPE, null)"
                            + ".booleanValue", "boolean(" + stop + ")")).filter(Boolean.TRUE::equals));
            browser.text("the parcel under done today", By.id("route-form:done"), "Delivered " + parcelRef);
        }
    }

    @Test
    void dispatchersAndOperatorsWatchTheCouriersOnAMapWithoutATileServer() {
        String courier = Http.userToken("lockernet-courier-app", "swift-courier-2");
        assertEquals(204, Http.putJson(CORE + "courier/shift", courier, Json.createObjectBuilder()
                .add("latitude", 52.51).add("longitude", 13.39).add("until", "24:00").add("capacity", 10).build())
                .status());
        assertEquals(202, Http.putJson(CORE + "courier/position", courier, Json.createObjectBuilder()
                .add("latitude", 52.512).add("longitude", 13.395).build()).status());
        assertEquals(403, Http.get(CORE + "courier/overview", courier).status(), "a courier is no dispatcher");
        JsonObject overview = Http.get(CORE + "courier/overview", Http.userToken("lockernet-courier-app",
                "swift-dispatcher")).json();
        assertEquals("swift", overview.getString("carrier"));
        assertEquals(403, Http.get(CORE + "courier/route", Http.userToken("lockernet-courier-app",
                "swift-dispatcher")).status(), "a dispatcher drives nothing");

        for (String[] page : new String[][] {{"/courier/dispatch.xhtml", "swift-dispatcher"},
                {"/admin/deliveries.xhtml", "operator"}}) {
            try (Browser browser = Browser.start()) {
                browser.open(Demo.APP + page[0]);
                browser.signIn(page[1], Demo.PASSWORD);
                browser.until("swift-courier-2 on the map of " + page[0], () -> Optional.of(browser.<Boolean>script(
                        "const map = document.getElementById('deliveries-map');"
                                + "return map.classList.contains('plain-canvas') && Number(map.dataset.couriers) > 0"
                                + " && document.querySelectorAll('#deliveries-map .courier-marker').length > 0"))
                        .filter(Boolean.TRUE::equals));
                browser.text("swift's figures", By.cssSelector("#deliveries-figures tr.carrier-swift"), "swift");
            }
        }
    }
}
