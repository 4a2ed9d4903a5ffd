package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
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

            browser.click("Retailers", By.id("nav-retailers"));
            browser.click("change bravo", By.cssSelector("tr.retailer-bravo a.change"));
            setL0006(browser, true);
            browser.text("bravo may use L-0006", By.cssSelector("tr.retailer-bravo span.lockers"), "L-0006");
            assertTrue(usableByBravo(), "the Core has it");
            browser.click("change bravo", By.cssSelector("tr.retailer-bravo a.change"));
            setL0006(browser, false);
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
            Http.putJson(AREA + "lockers/L-0006/assignment", operator, Json.createObjectBuilder().add("locker", "L-0006")
                    .add("shepherd", original).add("fallback", original.equals("shepherd-1") ? "shepherd-2"
                            : "shepherd-1").build());
        }
        assertEquals(404, Http.delete(AREA + "lockers/" + id, operator).status(), "gone from the fleet");
    }

    @Test
    void theAlarmsPageShowsAnAlarmTheMomentItIsRaisedWithoutAReload() {
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
            }
            assertTrue(!refreshes.equals(browser.script("return document.body.dataset.liveRefreshes || '0'")),
                    "the page refreshed itself, it was not reloaded");
        }
    }

    /** Ticks (or unticks) L-0006 in the retailer's lockers, through the PrimeFaces widget a user's click drives. */
    private static void setL0006(Browser browser, boolean usable) {
        browser.element("the lockers", By.cssSelector("[id='retailer:lockers']"));
        browser.script("const w = PF('retailerLockers');"
                + "const kept = [...w.jq.find('select option:checked')].map(o => o.value).filter(v => v !== 'L-0006');"
                + "w.uncheckAll(); kept.forEach(v => w.selectValue(v));"
                + (usable ? "w.selectValue('L-0006');" : ""));
        browser.click("Save", By.id("retailer:save"));
        browser.text("saved", By.id("messages"), "Retailer bravo saved");
    }

    private static void move(Browser browser, String primary, String fallback) {
        String row = "tr.locker-L-0006 ";
        new Select(browser.element("the primary", By.cssSelector(row + "select.primary"))).selectByValue(primary);
        new Select(browser.element("the fallback", By.cssSelector(row + "select.fallback"))).selectByValue(fallback);
        browser.click("Move", By.cssSelector(row + "button.move"));
        browser.text("the answer", By.id("messages"), "Locker L-0006 moved to " + primary);
    }

    private static boolean usableByBravo() {
        return Http.get(Demo.APP + "/core/api/partner/lockers", Http.clientToken("partner-bravo")).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).anyMatch(l -> l.getString("id").equals("L-0006"));
    }
}
