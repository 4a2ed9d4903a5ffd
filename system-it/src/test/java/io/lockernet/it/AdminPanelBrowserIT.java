package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Hello;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Admin Panel in real headless Chromium, as operators of the north use it: a fleet operator takes the alarm a
 * simulated locker raised to closure (acknowledged, taken, commented, resolved, its history shown); an installer sees the north's lockers only, commissions a new one (the secret shown once),
 * lays it out in the layout wizard, sees the simulated locker connect with that secret, apply the layout and report
 * its version, prints the wiring sheet, and is refused the south and every page their role may not use.
 */
class AdminPanelBrowserIT {

    private static final String PANEL = Demo.APP + "/admin/";
    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aFleetOperatorTakesTheAlarmASimulatedLockerRaisedToClosure() {
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
            browser.click("Acknowledge", By.xpath(row + "//button[contains(@id,'acknowledge')]"));
            browser.text("the answer", By.id("messages"), "Alarm " + alarm + " acknowledged.");
            browser.click("Take it", By.xpath(row + "//button[contains(@id,'take')]"));
            browser.text("whose it is", By.xpath(row + "//span[contains(@class,'assignee')]"), "fleet-north");
            browser.element("a comment", By.xpath(row + "//input[contains(@id,'comment')]"))
                    .sendKeys("store staff say the door was kicked");
            browser.click("Comment", By.xpath(row + "//button[contains(@id,'add-comment')]"));
            browser.text("the comment in the history", By.cssSelector(".history .commented"),
                    "store staff say the door was kicked");
            browser.element("its resolution", By.xpath(row + "//input[contains(@id,'resolution')]"))
                    .sendKeys("door B3 checked on site, lock fine");
            browser.click("Resolve", By.xpath(row + "//button[contains(@id,'resolve')]"));
            browser.text("the answer", By.id("messages"), "Alarm " + alarm + " resolved.");
            browser.text("the history to closure", By.cssSelector(".history .resolved"),
                    "door B3 checked on site, lock fine");
            assertEquals(List.of("acknowledged", "assigned", "commented", "resolved"), browser.driver.findElements(
                    By.cssSelector(".history .entry .action")).stream().map(e -> e.getText().strip()).toList());
            browser.text("among the resolved", By.cssSelector("tr.resolved-" + alarm), "fleet-north");
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
        String id = "L-8" + (100 + new java.util.Random().nextInt(900)); // a new locker on every run
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
            layOut(browser, id);
            String configVersion = "layout-v" + browser.read("the saved version", By.id("saved-version")).strip();
            browser.text("the version the locker will report", By.id("saved"), "(" + configVersion + ")");
            browser.text("sent, the locker being away", By.id("layout-state"), "sent");
            List<Hello> hellos = new CopyOnWriteArrayList<>();
            try (SimulatedLocker locker = Demo.locker(id, 1, TokenSource.clientCredentials(Demo.REALM,
                    "locker-" + id, secret)).onSent(Hello.class, hellos::add)) {
                locker.connect().join();
                assertTrue(locker.awaitWelcome(WAIT), id + " admitted with the secret the page showed");
                browser.text("applied by the locker, shown without a reload", By.id("layout-state"), "applied");
                hellos.clear();
                locker.outage(Duration.ofMillis(200));
                Hello next = Await.until("the locker's next hello", WAIT, () -> hellos.stream().findFirst());
                assertEquals(configVersion, next.configVersion(), "the locker now runs the wizard's configuration");
                assertEquals(List.of("A1", "A2", "A3", "B1"), next.compartments().stream().map(c -> c.name())
                        .toList());
            }
            browser.click("the wiring sheet", By.id("saved-wiring"));
            browser.text("the wiring sheet's last channel", By.cssSelector("table.wiring tbody tr.channel-4 .name"),
                    "B1");
            assertEquals(List.of("A1", "A2", "A3", "B1"), browser.driver.findElements(By.cssSelector(
                    "table.wiring tbody tr .name")).stream().map(e -> e.getText().strip()).toList());

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

    /**
     * Lays the locker out in the wizard: the control module A with S, M and a low compartment, a wide module B with
     * an XL; a name against the rule is caught by the check before it is corrected, and the layout saved.
     */
    private static void layOut(Browser browser, String id) {
        browser.click("Lay it out", By.id("lay-out"));
        browser.element("the control module", By.cssSelector("#layout-svg .module[data-letter='A']"));
        for (String type : new String[] {"s", "m", "low"}) {
            browser.click("a compartment " + type, By.cssSelector(".palette button[data-type='" + type + "']"));
        }
        browser.element("A3", By.cssSelector("#layout-svg .compartment[data-name='A3']"));
        new Select(browser.element("the module kind", By.id("add-module-kind"))).selectByValue("wide");
        browser.click("Add a module", By.id("add-module"));
        browser.click("an XL compartment", By.cssSelector(".palette button[data-type='xl']"));
        browser.element("B1", By.cssSelector("#layout-svg .compartment[data-name='B1']"));

        browser.click("A1", By.cssSelector("#layout-svg .compartment[data-name='A1']"));
        WebElement name = browser.element("the compartment's name", By.id("compartment-name"));
        name.clear();
        name.sendKeys("X1", Keys.TAB);
        browser.click("Check", By.id("check"));
        browser.text("the misnamed compartment caught", By.cssSelector(".layout-problems li"), "'X1'");
        browser.click("X1", By.cssSelector("#layout-svg .compartment[data-name='X1']"));
        WebElement renamed = browser.element("the compartment's name", By.id("compartment-name"));
        renamed.clear();
        renamed.sendKeys(Keys.TAB);
        browser.element("A1 again", By.cssSelector("#layout-svg .compartment[data-name='A1']"));
        browser.click("Check", By.id("check"));
        browser.text("no problems", By.id("layout-messages"), "keeps the rules");
        browser.click("Save and send", By.id("save"));
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
