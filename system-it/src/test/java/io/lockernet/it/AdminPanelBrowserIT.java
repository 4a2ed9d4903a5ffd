package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Admin Panel in real headless Chromium, as operators of the north use it: a fleet operator resolves the alarm a
 * simulated locker raised; an installer sees the north's lockers only, commissions a new one (the secret shown once,
 * with which a simulated locker then connects), is refused the south, and every page their role may not use.
 */
class AdminPanelBrowserIT {

    private static final String PANEL = Demo.APP + "/admin/";
    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aFleetOperatorResolvesTheAlarmASimulatedLockerRaised() {
        OperatorAlarms.resolveForLocker("TAMPER", "L-0002", "an earlier run's");
        String alarm;
        try (SimulatedLocker locker = Demo.locker("L-0002", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            locker.openDoorWithoutImpulse("B3");
            alarm = OperatorAlarms.awaitForLocker("TAMPER", "L-0002").getJsonNumber("id").toString();
        }
        try (Browser browser = Browser.start()) {
            browser.open(PANEL + "alarms.xhtml");
            browser.signIn("fleet-north", Demo.PASSWORD);
            browser.text("who is signed in", By.id("who"), "fleet-north (fleet-operator; north)");
            String row = "//tr[contains(@class,'alarm-" + alarm + "')]";
            browser.text("the tamper alarm", By.xpath(row), "TAMPER");
            browser.element("its resolution", By.xpath(row + "//input[contains(@id,'resolution')]"))
                    .sendKeys("door B3 checked on site, lock fine");
            browser.click("Resolve", By.xpath(row + "//button[contains(@id,'resolve')]"));
            browser.text("the answer", By.id("messages"), "Alarm " + alarm + " resolved.");
        }
        JsonObject resolved = Http.get(AREA + "alarms?locker=L-0002", Http.userToken("lockernet-admin-panel",
                "operator")).structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getJsonNumber("id").toString().equals(alarm)).findFirst().orElse(null);
        assertEquals(null, resolved, "no longer open");
        assertTrue(Http.get(AREA + "audit?actor=fleet-north&limit=20", Http.userToken("lockernet-admin-panel",
                "auditor")).body().contains("/operator/alarms/" + alarm + "/resolution"), "the audit log has it");
    }

    @Test
    void anInstallerCommissionsALockerInTheirRegionAndIsRefusedEverythingElse() {
        String id = "L-0965";
        try (Browser browser = Browser.start()) {
            browser.open(PANEL);
            browser.signIn("installer-north", Demo.PASSWORD);
            String fleet = browser.text("the north's lockers", By.tagName("main"), "L-0006").getText();
            assertFalse(fleet.contains("L-0003") || fleet.contains("L-0004") || fleet.contains("L-0005"), fleet);

            browser.click("Commission a locker", By.id("nav-commission"));
            fill(browser, "L-0966", "bravo-capital", "south");
            browser.text("the Core's refusal", By.id("messages"), "Name one of your regions [north]");

            fill(browser, id, "acme-springfield", "north");
            String secret = browser.text("the secret, shown once", By.id("secret"), "").getText().strip();
            browser.text("the client", By.id("client-id"), "locker-" + id);
            try (SimulatedLocker locker = Demo.locker(id, 1, TokenSource.clientCredentials(Demo.REALM,
                    "locker-" + id, secret))) {
                locker.connect().join();
                assertTrue(locker.awaitWelcome(WAIT), id + " admitted with the secret the page showed");
            }

            for (String page : new String[] {"alarms.xhtml", "review.xhtml", "audit.xhtml"}) {
                browser.open(PANEL + page);
                browser.text(page + " refused", By.id("refused"), "do not let you use this page");
            }
            browser.open(PANEL);
            assertTrue(browser.driver.findElements(By.id("nav-alarms")).isEmpty(), "no link to the alarms");
        }
        Optional<JsonObject> commissioned = Optional.of(Http.get(AREA + "lockers/" + id,
                Http.userToken("lockernet-admin-panel", "operator")).json());
        assertEquals("north", commissioned.orElseThrow().getString("region"));
    }

    private static void fill(Browser browser, String id, String store, String region) {
        browser.open(PANEL + "commission.xhtml");
        browser.element("the locker id", By.id("commission:id")).sendKeys(id);
        browser.element("the name", By.id("commission:name")).sendKeys("Commissioned in the browser");
        browser.element("the store", By.id("commission:store")).sendKeys(store);
        browser.element("the region", By.id("commission:region")).sendKeys(region);
        browser.element("the fallback", By.id("commission:fallback")).sendKeys("shepherd-2");
        browser.click("Commission", By.id("commission:submit"));
    }
}
