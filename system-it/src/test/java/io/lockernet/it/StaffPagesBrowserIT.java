package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff pages beyond the deposit, in real headless Chromium, for the demo retailer acme at L-0006
 * (acme-springfield; other tests only connect to it and open doors, so each test here leaves its compartments free):
 * an employee extends a pickup window once (not twice), starts the return of the collected order, and takes the
 * dropped-off return out through the Returns page, but sees no Reports link and is refused the page; a store manager
 * sees the store's report count a deposit made in the test, and opens a door in an emergency only with a reason.
 * Runs with the H2 half of CI, as {@link StaffBrowserIT}.
 */
class StaffPagesBrowserIT {

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String ACME = Demo.APP + "/partner-acme/";
    private static final String API = ACME + "api/";
    private static final String LOCKER = "L-0006";
    private static final String STORE = "acme-springfield";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern PICKUP_CODE = Pattern.compile("Pickup code: (\\d{6})");
    private static final Pattern RETURN_CODE = Pattern.compile("Return code: (\\d{6})");

    /**
     * Something unexpected in an Ajax action (here a forged view state) is told in plain words, with the time to find
     * it in the server's log, never in the exception's own (which name classes and views).
     */
    /**
     * A script slipped into a page, as stored markup would slip one in, does not run: it lacks the page's nonce
     * (Content-Security-Policy). The browser reports the refusal, which {@link Browser#close()} turns into a failure
     * for every other browser test.
     */
    @Test
    void aScriptInjectedIntoAPageDoesNotRun() {
        Browser browser = Browser.start();
        try {
            browser.open(ACME + "orders.xhtml");
            browser.signIn("acme-employee", Demo.PASSWORD);
            browser.element("the state filter", By.id("orders:state"));
            browser.script("const injected = document.createElement('script');"
                    + "injected.textContent = 'window.injectedRan = true';"
                    + "document.body.appendChild(injected);");
            assertFalse(Boolean.TRUE.equals(browser.script("return window.injectedRan === true")),
                    "the injected script ran");
            // the page's own scripts still work: the state filter is a PrimeFaces widget
            browser.element("another state", By.cssSelector("[id='orders:state'] .ui-button:nth-of-type(2)")).click();
        } finally {
            AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    browser::close, "the browser reported the refused script");
            assertTrue(refused.getMessage().contains("Content Security Policy"), refused.getMessage());
        }
    }

    @Test
    void anUnexpectedErrorIsToldInPlainWordsNamingNoInternals() {
        try (Browser browser = Browser.start()) {
            browser.open(ACME + "orders.xhtml");
            browser.signIn("acme-employee", Demo.PASSWORD);
            browser.element("the state filter", By.id("orders:state"));
            browser.script("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                    + ".forEach(i => i.value = 'forged')");
            browser.element("another state", By.cssSelector("[id='orders:state'] .ui-button:nth-of-type(2)")).click();
            String told = browser.text("the error dialog", By.id("server-error"), "Reload the page").getText();
            for (String internal : new String[] {"jakarta", "Exception", "restored", "xhtml", "forged"}) {
                assertFalse(told.contains(internal), "the dialog names '" + internal + "': " + told);
            }
        }
    }

    @Test
    void anEmployeeExtendsOnceStartsAReturnAndTakesItOutButGetsNoReports() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String reference = "PG-" + run;
        String customer = "patty-" + run + "@example.invalid";
        String employee = Http.userToken("partner-acme", "acme-employee");
        newOrder(employee, run, reference, customer);

        try (SimulatedLocker locker = Demo.locker(LOCKER, 2); Browser browser = Browser.start()) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), LOCKER + " welcomed");
            deposit(employee, reference);

            browser.open(ACME + "orders.xhtml?state=DEPOSITED");
            browser.signIn("acme-employee", Demo.PASSWORD);
            browser.text("the signed-in employee", By.id("who"), "acme-employee");
            browser.open(ACME + "orders.xhtml?state=DEPOSITED");
            assertTrue(browser.driver.findElements(By.id("nav-reports")).isEmpty(), "no Reports link for an employee");
            row(browser, ".orders", reference).findElement(By.cssSelector(".extend")).click();
            browser.text("the extension", By.id("orders:done"), "pickup window of order " + reference + " now ends");
            row(browser, ".orders", reference).findElement(By.cssSelector(".extend")).click();
            browser.text("the second extension refused", By.id("orders:notice"), "extended once already");

            collect(locker, employee, reference, customer);
            browser.open(ACME + "orders.xhtml?state=COLLECTED");
            row(browser, ".orders", reference).findElement(By.cssSelector(".start-return")).click();
            browser.text("the return started", By.id("orders:done"), "the customer was e-mailed a return code for "
                    + LOCKER);

            MimeMessage mail = Await.until("the return e-mail to " + customer, WAIT, () -> Arrays.stream(
                    MAILBOX.getReceivedMessagesForDomain(customer)).filter(m -> subject(m).startsWith("Return"))
                    .findFirst());
            Matcher code = RETURN_CODE.matcher(GreenMailUtil.getBody(mail));
            assertTrue(code.find(), GreenMailUtil.getBody(mail));
            locker.enterCode(code.group(1));
            assertTrue(locker.awaitCodeResult(WAIT).orElseThrow().accepted(), "the return code opens");
            Await.until("the return of " + reference + " dropped off", WAIT, () -> returnOf(employee, reference)
                    .filter(r -> "DROPPED_OFF".equals(r.getString("state"))));

            browser.open(ACME + "returns.xhtml?state=DROPPED_OFF");
            row(browser, ".returns", reference).findElement(By.cssSelector(".retrieve")).click();
            browser.text("the return taken out", By.id("returns:done"), "The return of order " + reference
                    + " was taken out of " + LOCKER);
            assertEquals("RETRIEVED", returnOf(employee, reference).orElseThrow().getString("state"));
            assertEquals("RETURNED", Http.get(API + "orders/" + reference, employee).json().getString("state"));

            browser.open(ACME + "reports.xhtml");
            browser.text("the refusal of the reports page", By.tagName("body"), "do not allow");
            assertTrue(browser.driver.findElements(By.id("deposits")).isEmpty(), "no report shown");
        }
    }

    @Test
    void aManagerSeesTheDepositInTheReportAndOpensADoorInAnEmergencyOnlyWithAReason() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String reference = "PM-" + run;
        String employee = Http.userToken("partner-acme", "acme-employee");
        String manager = Http.userToken("partner-acme", "acme-manager");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "?from=" + today.minusDays(6) + "&to=" + today;
        newOrder(employee, run, reference, "selma-" + run + "@example.invalid");
        long before = Http.get(API + "reports/stores/" + STORE + period, manager).json().getJsonNumber("deposits")
                .longValue();
        String reason = "customer's dog shut in B4 " + run;

        try (SimulatedLocker locker = Demo.locker(LOCKER, 2); Browser browser = Browser.start()) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), LOCKER + " welcomed");
            deposit(employee, reference);

            browser.open(ACME + "reports.xhtml?store=" + STORE);
            browser.signIn("acme-manager", Demo.PASSWORD);
            browser.element("the Reports link of a manager", By.id("nav-reports"));
            browser.open(ACME + "reports.xhtml?store=" + STORE);
            String counted = String.valueOf(before + 1);
            browser.until("the store's deposits, this one included: " + counted, () -> browser.driver
                    .findElements(By.id("deposits")).stream().filter(e -> e.getText().strip().equals(counted))
                    .findFirst());
            browser.text("a row per day, today's among them", By.cssSelector(".days"), today.toString());
            browser.text("the occupancy now", By.id("occupancy"), "of our parcels waiting for customers");

            browser.open(ACME + "lockers.xhtml?locker=" + LOCKER);
            // chosen through the menu's widget, as primefaces-selenium does: clicks on its animated panel are flaky
            browser.element("the compartment menu", By.id("emergency:compartment"));
            browser.script("PF('emergencyCompartment').selectValue('B4');");
            browser.untilScript("B4 chosen", "return PF('emergencyCompartment').getSelectedValue() === 'B4';");
            browser.element("the reason", By.id("emergency:reason")).sendKeys("stuck");
            browser.element("the emergency open button", By.id("emergency:ask")).click();
            browser.text("the short reason refused", By.id("emergency:reason-message"), "10 to 500 characters");
            browser.untilScript("B4 still chosen", "return PF('emergencyCompartment').getSelectedValue() === 'B4';");
            assertTrue(locker.receivedCommands().stream().noneMatch(c -> "B4".equals(c.compartment())),
                    "nothing opened without a reason");

            WebElement reasonField = browser.element("the reason", By.id("emergency:reason"));
            reasonField.clear();
            reasonField.sendKeys(reason);
            browser.element("the emergency open button", By.id("emergency:ask")).click();
            browser.text("the confirmation", By.id("emergency:confirm"), "Open B4 at " + LOCKER + " now?");
            browser.element("the confirm button", By.id("emergency:confirm-open")).click();
            browser.text("the result", By.id("emergency:done"), "Emergency open of " + LOCKER + " B4: the door is open");
            Await.until(LOCKER + " told to open B4", WAIT, () -> locker.receivedCommands().stream()
                    .filter(c -> "B4".equals(c.compartment())).findFirst());
            browser.text("the open among the latest", By.cssSelector(".emergency-opens"), reason);

            // the parcel goes back out, so that the compartment ends free as it began
            assertEquals(200, Http.post(API + "orders/" + reference + "/retrieve", employee).status());
            Await.until(reference + " out of the locker again", WAIT, () -> Optional.of(
                    Http.get(API + "orders/" + reference, employee).json())
                    .filter(o -> "OPEN".equals(o.getString("state"))));
        }
    }

    private static void newOrder(String token, String run, String reference, String customer) {
        assertEquals(201, Http.putJson(API + "products/LAMP-" + run, token, Json.createObjectBuilder()
                .add("name", "Desk lamp").add("lengthMm", 200).add("widthMm", 150).add("heightMm", 120)
                .add("weightGrams", 900).add("packaging", "BOX").build()).status());
        Http.Reply order = Http.postJson(API + "orders", token, Json.createObjectBuilder()
                .add("reference", reference).add("store", STORE)
                .add("customer", Json.createObjectBuilder().add("name", "Patty Bouvier").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "LAMP-" + run)
                        .add("quantity", 1)))
                .build());
        assertEquals(201, order.status(), order.body());
    }

    /** Through the API, as DepositPickupIT: the best fit at L-0006, the door opens and closes, DEPOSITED. */
    private static void deposit(String token, String reference) {
        JsonObject proposal = Await.until(LOCKER + " online and a proposal for " + reference, WAIT, () -> Optional.of(
                Http.get(API + "orders/" + reference + "/proposal?locker=" + LOCKER, token))
                .filter(r -> r.status() == 200).map(Http.Reply::json));
        assertEquals(LOCKER, proposal.getString("locker"));
        Http.Reply deposit = Http.postJson(API + "orders/" + reference + "/deposit", token, Json.createObjectBuilder()
                .add("locker", LOCKER).add("compartment", proposal.getString("compartment")).build());
        assertEquals(200, deposit.status(), deposit.body());
        Await.until(reference + " deposited", WAIT, () -> Optional.of(Http.get(API + "orders/" + reference, token)
                .json()).filter(o -> "DEPOSITED".equals(o.getString("state"))));
    }

    /** The customer types the mailed pickup code at the locker: COLLECTED. */
    private static void collect(SimulatedLocker locker, String token, String reference, String customer) {
        MimeMessage mail = Await.until("the pickup e-mail to " + customer, WAIT, () -> Arrays.stream(
                MAILBOX.getReceivedMessagesForDomain(customer)).filter(m -> subject(m).contains("ready for pickup"))
                .findFirst());
        Matcher code = PICKUP_CODE.matcher(GreenMailUtil.getBody(mail));
        assertTrue(code.find(), GreenMailUtil.getBody(mail));
        locker.enterCode(code.group(1));
        assertTrue(locker.awaitCodeResult(WAIT).orElseThrow().accepted(), "the pickup code opens");
        Await.until(reference + " collected", WAIT, () -> Optional.of(Http.get(API + "orders/" + reference, token)
                .json()).filter(o -> "COLLECTED".equals(o.getString("state"))));
    }

    private static Optional<JsonObject> returnOf(String token, String reference) {
        return Http.get(API + "returns?store=" + STORE, token).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> reference.equals(r.getString("reference"))).findFirst();
    }

    /** The table row of an order, once the page shows it. */
    private static WebElement row(Browser browser, String table, String reference) {
        return browser.until("the row of " + reference + " in " + table, () -> browser.driver.findElements(
                By.cssSelector(table + " tr")).stream().filter(r -> r.getText().contains(reference)).findFirst());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
