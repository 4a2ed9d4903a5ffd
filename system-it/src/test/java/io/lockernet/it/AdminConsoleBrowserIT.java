package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The Admin Panel's console pages in real headless Chromium, as a network admin uses them: a locker's page with its
 * link charts (Chart.js) and compartments; a retailer given a locker and the locker taken back; a locker moved to
 * another Shepherd and back; a commissioned locker decommissioned; and the alarms page showing an alarm pushed on the
 * live channel the moment a simulated locker raises it, without a reload.
 */
class AdminConsoleBrowserIT {

    private static final String PANEL = Demo.APP + "/admin/";
    private static final String AREA = Demo.APP + "/core/api/operator/";

    @Test
    void aNetworkAdminReadsALockersPageAndChangesRetailersShepherdsAndTheFleet() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        int compartments = Http.get(AREA + "lockers/L-0001/compartments", operator).structure().asJsonArray().size();
        String original = Http.get(AREA + "lockers/L-0006", operator).json().getString("shepherd");
        String other = original.equals("shepherd-1") ? "shepherd-2" : "shepherd-1";
        String id = "L-7" + (100 + new java.util.Random().nextInt(900)); // a new locker on every run
        List<String> bravos = bravosLockers();
        assertEquals(201, Http.putJson(AREA + "lockers/" + id, operator, Json.createObjectBuilder()
                .add("name", "Decommissioned in the browser").add("store", "acme-springfield").add("region", "north")
                .add("shepherd", "shepherd-1").build()).status());
        try (Browser browser = Browser.start()) {
            browser.open(PANEL);
            browser.signIn("operator", Demo.PASSWORD);
            browser.click("L-0001's page", By.cssSelector("a.locker-link[href*='L-0001']"));
            browser.text("the locker's header", By.id("locker-id"), "L-0001");
            browser.element("the round-trip chart drawn", By.cssSelector("#rtt-chart[data-points]"));
            browser.element("the outage chart drawn, an hour a bar", By.cssSelector("#outage-chart[data-points='24']"));
            browser.until("its compartments", () -> Optional.of(browser.driver.findElements(By.cssSelector(
                    "table.compartments tbody tr[data-ri]")).size()).filter(n -> n == compartments));

            // the demo's lockers never had a layout saved: the wizard starts from the compartments the Core has
            assertEquals(404, Http.get(AREA + "lockers/L-0001/layouts/current", operator).status());
            browser.click("Lay out", By.id("locker-layout-link"));
            browser.text("where the wizard starts", By.id("from-compartments"), compartments + " compartments");
            browser.until("each compartment drawn", () -> Optional.of(browser.driver.findElements(By.cssSelector(
                    "#layout-svg .compartment")).size()).filter(n -> n == compartments));
            browser.element("A1 in module A", By.cssSelector("#layout-svg .compartment[data-name='A1']"));
            browser.click("Check", By.id("check"));
            browser.text("the demo's compartments keep the rules", By.id("layout-messages"), "keeps the rules");
            browser.open(PANEL);

            browser.click("Retailers", By.id("nav-retailers"));
            browser.click("change bravo", By.cssSelector("tr.retailer-bravo a.change"));
            setL0006(browser, bravos, true);
            browser.text("bravo may use L-0006", By.cssSelector("tr.retailer-bravo span.lockers"), "L-0006");
            browser.click("change bravo", By.cssSelector("tr.retailer-bravo a.change"));
            setL0006(browser, bravos, false);
            browser.until("L-0006 taken back", () -> Optional.of(browser.driver.findElement(By.cssSelector(
                    "tr.retailer-bravo span.lockers")).getText()).filter(t -> !t.contains("L-0006")));

            browser.click("Shepherds", By.id("nav-shepherds"));
            move(browser, other, original);
            browser.text("moved", By.cssSelector("tr.locker-L-0006 span.shepherd"), other);
            assertEquals(other, Http.get(AREA + "lockers/L-0006", operator).json().getString("shepherd"));
            move(browser, original, other);
            browser.text("moved back", By.cssSelector("tr.locker-L-0006 span.shepherd"), original);

            browser.click("Commission", By.id("nav-commission"));
            browser.element("the locker to decommission", By.id("decommission:id")).sendKeys(id);
            browser.click("Decommission", By.id("decommission:submit"));
            browser.click("Yes", By.cssSelector(".ui-confirmdialog-yes"));
            browser.text("decommissioned", By.id("messages"), "Locker " + id + " is decommissioned");
        } finally {
            Http.putJson(AREA + "retailers/bravo", operator, Json.createObjectBuilder().add("name", "Bravo Market")
                    .add("lockers", Json.createArrayBuilder(bravos)).build());
            Http.putJson(AREA + "lockers/L-0006/assignment", operator, Json.createObjectBuilder().add("locker", "L-0006")
                    .add("shepherd", original).add("fallback", original.equals("shepherd-1") ? "shepherd-2"
                            : "shepherd-1").build());
        }
        assertEquals(404, Http.delete(AREA + "lockers/" + id, operator).status(), "gone from the fleet");
    }

    /** The alarms page and a locker's page follow what happens without being reloaded. */
    @Test
    void theAlarmsPageAndALockersPageShowWhatHappensWithoutAReload() {
        OperatorAlarms.resolveForLocker("TAMPER", "L-0001", "an earlier run's");
        try (Browser browser = Browser.start()) {
            browser.open(PANEL + "alarms.xhtml");
            browser.signIn("fleet-north", Demo.PASSWORD);
            browser.element("the live channel", By.cssSelector("#live-status[data-state='live']"));
            String refreshes = browser.script("return document.body.dataset.liveRefreshes || '0'");
            try (SimulatedLocker locker = Demo.locker("L-0001", 1)) {
                locker.connect().join();
                assertTrue(locker.awaitWelcome(Duration.ofSeconds(60)));
                locker.openDoorWithoutImpulse("A3");
                String alarm = OperatorAlarms.awaitForLocker("TAMPER", "L-0001").getJsonNumber("id").toString();
                browser.text("the new alarm, pushed", By.cssSelector("tr.alarm-" + alarm), "TAMPER");
                assertTrue(!refreshes.equals(browser.script("return document.body.dataset.liveRefreshes || '0'")),
                        "the page refreshed itself, it was not reloaded");

                browser.open(PANEL + "locker.xhtml?locker=L-0001");
                browser.text("the alarm on the locker's page", By.cssSelector("table.alarms tr.alarm-" + alarm),
                        "TAMPER");
                browser.element("the live channel", By.cssSelector("#live-status[data-state='live']"));
                String before = browser.script("return document.body.dataset.liveRefreshes || '0'");
                locker.openDoorWithoutImpulse("A3"); // the door opens and closes again: news of the compartment
                long seq = locker.lastSeq();
                browser.element("the door's event, pushed", By.cssSelector("table.events tr.event-" + seq));
                assertTrue(!before.equals(browser.script("return document.body.dataset.liveRefreshes || '0'")),
                        "the locker's page refreshed itself (its poll comes once a minute)");
            }
        }
    }

    /**
     * Sets bravo's lockers in the form to its own and, if {@code usable}, L-0006, through the PrimeFaces widget a
     * user's clicks drive, and saves.
     */
    private static void setL0006(Browser browser, List<String> own, boolean usable) {
        browser.element("the lockers", By.cssSelector("[id='retailer:lockers']"));
        List<String> wanted = new ArrayList<>(own);
        if (usable) {
            wanted.add("L-0006");
        }
        browser.script("const w = PF('retailerLockers'); w.uncheckAll(); arguments[0].forEach(v => w.selectValue(v));",
                wanted);
        browser.click("Save", By.id("retailer:save"));
        browser.text("saved", By.id("messages"), "Retailer bravo saved");
        assertEquals(wanted.stream().sorted().toList(), bravosLockers(), "the Core has what the form said");
    }

    private static void move(Browser browser, String primary, String fallback) {
        String row = "tr.locker-L-0006 ";
        new Select(browser.element("the primary", By.cssSelector(row + "select.primary"))).selectByValue(primary);
        new Select(browser.element("the fallback", By.cssSelector(row + "select.fallback"))).selectByValue(fallback);
        browser.click("Move", By.cssSelector(row + "button.move"));
        browser.text("the answer", By.id("messages"), "Locker L-0006 moved to " + primary);
    }

    /** The lockers retailer bravo may use, as the Core has them. */
    private static List<String> bravosLockers() {
        return Http.get(AREA + "retailers", Http.userToken("lockernet-admin-panel", "operator")).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).filter(r -> r.getString("id").equals("bravo"))
                .findFirst().orElseThrow().getJsonArray("lockers").getValuesAs(jakarta.json.JsonString::getString)
                .stream().sorted().toList();
    }
}
