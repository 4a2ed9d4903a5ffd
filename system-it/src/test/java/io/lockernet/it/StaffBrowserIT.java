package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The staff app in real headless Chromium, for the third retailer, carol, added to the running system with
 * {@code ./lockernet add-partner}: its employee signs in through Keycloak, finds the order, takes the deposit wizard's
 * best fit, the compartment opens and its door is seen closing on the live 3D model, the order is deposited and the
 * customer e-mailed; the customer's code at the (simulated) locker opens the door, and the 3D model on the Lockers page
 * shows it open and then free again without a reload. The same browser session is refused by another retailer's
 * staff app. Runs with the H2 half of CI: the pages do not depend on the
 * database, and the PostgreSQL half runs the same flows through the API.
 */
class StaffBrowserIT {

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Duration LAUNCHER_PATIENCE = Duration.ofMinutes(4);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CAROL = Demo.APP + "/partner-carol/";
    private static final Pattern CODE = Pattern.compile("Pickup code: (\\d{6})");

    @Test
    void aRetailerAddedOnTheRunningSystemDepositsInTheBrowserAndItsCustomerCollects() throws Exception {
        // carol, as AddPartnerIT and SecretsIT add it (whichever runs first adds it; the others find it up to date)
        Launcher.Result added = Launcher.run(LAUNCHER_PATIENCE, "add-partner", "carol", "--name", "Carol Foods",
                "--lockers", "L-0005", "--demo-staff");
        assertEquals(0, added.exitCode(), added.output());

        String run = UUID.randomUUID().toString().substring(0, 8);
        String reference = "WEB-" + run;
        String customer = "marge-" + run + "@example.invalid";
        String service = Http.userToken("partner-carol", KeycloakAdmin.clientSecret("partner-carol"), "carol-employee");
        assertEquals(201, Http.putJson(CAROL + "api/products/PAINT-" + run, service, Json.createObjectBuilder()
                .add("name", "Paint, 2.5 l").add("lengthMm", 180).add("widthMm", 180).add("heightMm", 200)
                .add("weightGrams", 3200).add("packaging", "UPRIGHT").build()).status());
        Http.Reply order = Http.postJson(CAROL + "api/orders", service, Json.createObjectBuilder()
                .add("reference", reference).add("store", "station-hall")
                .add("customer", Json.createObjectBuilder().add("name", "Marge Simpson").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "PAINT-" + run)
                        .add("quantity", 1)))
                .build());
        assertEquals(201, order.status(), order.body());

        // a door stays open four seconds: long enough to be seen open on the model
        try (SimulatedLocker locker = new SimulatedLocker(new LockerConfig("L-0005", Demo.shepherd(1),
                Demo.lockerToken("L-0005"), LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofSeconds(4)));
             Browser browser = Browser.start()) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0005 welcomed");

            browser.open(CAROL);
            browser.signIn("carol-employee", Demo.PASSWORD);
            browser.text("the signed-in employee", By.id("who"), "carol-employee");
            browser.text("the live channel", By.id("live-status"), "live");
            // the session cookie goes with no other site's form or script: no cross-site request forgery
            assertEquals("Lax", browser.driver.manage().getCookieNamed("JSESSIONID").getSameSite(),
                    "the session cookie's SameSite");
            browser.text("the new order in the list", By.cssSelector(".orders"), reference);

            browser.driver.findElements(By.cssSelector(".orders tr")).stream()
                    .filter(row -> row.getText().contains(reference)).findFirst().orElseThrow()
                    .findElement(By.partialLinkText("Deposit")).click();
            String compartment = browser.read("the best-fit proposal", By.cssSelector("#proposal .compartment")).strip();
            browser.untilScript("the 3D model of L-0005 drawn with WebGL", "const v = window.lockerViews "
                    + "&& window.lockerViews['L-0005']; return !!v && v.webgl && v.frames > 10 "
                    + "&& v.state(arguments[0]) === 'AVAILABLE';", compartment);

            browser.element("the open button", By.id("wizard:open")).click();
            browser.text("the wizard's end", By.id("wizard:deposited"), "e-mailed the pickup code");
            assertTrue(browser.driver.findElement(By.id("wizard:deposited")).getText().contains(compartment));
            browser.untilScript("the model showing " + compartment + " occupied, door shut, without a reload",
                    "const v = window.lockerViews['L-0005']; return v.state(arguments[0]) === 'OCCUPIED' "
                            + "&& v.doorAngle(arguments[0]) === 0;", compartment);

            MimeMessage mail = Await.until("the pickup e-mail to " + customer, WAIT, () -> Arrays.stream(
                    MAILBOX.getReceivedMessagesForDomain(customer)).findFirst());
            Matcher code = CODE.matcher(GreenMailUtil.getBody(mail));
            assertTrue(code.find(), "the mail carries the code");

            browser.open(CAROL + "lockers.xhtml?locker=L-0005");
            browser.untilScript("the Lockers page's model with " + compartment + " occupied",
                    "const v = window.lockerViews && window.lockerViews['L-0005']; return !!v && v.webgl "
                            + "&& v.state(arguments[0]) === 'OCCUPIED';", compartment);
            locker.enterCode(code.group(1));
            browser.untilScript("the model's door of " + compartment + " swung open by the customer's code",
                    "const v = window.lockerViews['L-0005']; return v.state(arguments[0]) === 'OPEN' "
                            + "&& v.doorAngle(arguments[0]) > 80;", compartment);
            browser.text("the table under the model", By.cssSelector("tr[data-compartment='" + compartment + "']"),
                    "door open");
            browser.untilScript("the door shut again and " + compartment + " free",
                    "const v = window.lockerViews['L-0005']; return v.state(arguments[0]) === 'AVAILABLE' "
                            + "&& v.doorAngle(arguments[0]) === 0;", compartment);

            browser.open(CAROL + "orders.xhtml?state=COLLECTED");
            browser.text("the collected order", By.cssSelector(".orders"), reference);

            // signed in once, carol's employee reaches acme's staff app through single sign-on, and is turned away
            browser.open(Demo.APP + "/partner-acme/orders.xhtml");
            browser.text("acme's refusal", By.tagName("body"), "not a member of staff of retailer 'acme'");
            assertTrue(browser.driver.findElements(By.cssSelector(".orders")).isEmpty(), "no acme orders shown");
        }
    }
}
