package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Partner Admin in real headless Chromium, as acme's technician uses it: subscribes the reference receiver
 * ({@link WebhookReceiver}) on the Callbacks page, keeps the secret shown once, watches the endpoint fail and be
 * paused (the banner on every page), resumes it and sees the backlog delivered, replays an event from the log, and on
 * the Orders page sees customers masked and an order's history; the privacy officer reads the same pages, sees
 * customers in full, and changes nothing. The pause comes
 * after four failures in a row in the test system (src/it-config/server.properties).
 */
class PartnerAdminBrowserIT {

    private static final String ADMIN = Demo.APP + "/partner-admin-acme/";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aTechnicianSubscribesWatchesTheEndpointPausedResumesItAndReplaysAnEvent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); Browser browser = Browser.start()) {
            browser.open(ADMIN + "callbacks.xhtml");
            browser.signIn("acme-tech", Demo.PASSWORD);
            browser.element("the new endpoint's address", By.id("new-endpoint:url")).sendKeys(receiver.url());
            browser.click("the parcel.deposited box", By.xpath("//label[text()='parcel.deposited']"));
            browser.click("Subscribe", By.id("new-endpoint:subscribe"));
            String secret = browser.text("the secret, shown once", By.id("secret"), "whsec_").getText().strip();
            receiver.secret(secret);
            String row = "//tr[.//span[contains(@class,'endpoint-url') and text()='" + receiver.url() + "']]";
            String id = browser.read("the new endpoint's row", By.xpath(row + "//span[contains(@class,'endpoint-id')]"))
                    .strip();
            browser.click("I have kept it", By.cssSelector(".forget-secret"));
            browser.until("the secret gone from the page", () -> Optional.of(browser.<Boolean>script(
                    "return document.getElementById('secret') === null")).filter(Boolean.TRUE::equals));

            receiver.failing(true);
            browser.click("Send test", By.xpath(row + "//button[contains(@class,'send-test')]"));
            browser.text("the endpoint paused", By.xpath(row + "//span[contains(@class,'state')]"), "PAUSED");
            browser.text("the banner of the paused endpoint", By.cssSelector(".alert.paused"), id);
            browser.open(ADMIN + "orders.xhtml");
            browser.text("the banner on the Orders page too", By.cssSelector(".alert.paused"), id);
            browser.open(ADMIN + "callbacks.xhtml");

            receiver.failing(false);
            browser.click("Resume", By.xpath(row + "//button[contains(@class,'resume')]"));
            WebhookReceiver.Received test = Await.until("the test delivered after the resume", WAIT, () -> receiver
                    .taken("callback.test").stream().findFirst());
            browser.text("the endpoint active again", By.xpath(row + "//span[contains(@class,'state')]"), "ACTIVE");
            browser.until("the endpoint's banner gone", () -> Optional.of(browser.<Boolean>script(
                    "return ![...document.querySelectorAll('.alert.paused')].some(a => a.textContent.includes("
                            + "arguments[0]))", id)).filter(Boolean.TRUE::equals));
            browser.click("Log", By.xpath(row + "//button[contains(@class,'show-log')]"));
            browser.text("the log with the delivery", By.cssSelector(".log .delivery-state"), "DELIVERED");
            String rate = browser.read("the success rate", By.xpath(row + "//span[@class='success-rate']"));
            assertFalse(rate.startsWith("100"), "failures count in the health: " + rate);

            browser.click("Replay", By.cssSelector(".log button.replay"));
            Await.until("the replay, with the same webhook-id", WAIT, () -> Optional.of(receiver.taken("callback.test"))
                    .filter(taken -> taken.size() == 2));
            List<String> ids = receiver.taken("callback.test").stream().map(WebhookReceiver.Received::webhookId).toList();
            assertEquals(List.of(test.webhookId(), test.webhookId()), ids);
            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::verified),
                    "every message verified with the secret the page showed");

            browser.click("Remove", By.xpath(row + "//button[contains(@class,'remove')]"));
            browser.click("Yes", By.cssSelector(".ui-confirmdialog-yes"));
            browser.until("the endpoint gone", () -> Optional.of(browser.<Boolean>script(
                    "return document.evaluate(arguments[0], document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)"
                            + ".singleNodeValue === null", row)).filter(Boolean.TRUE::equals));
        }
    }

    @Test
    void thePrivacyOfficerReadsButChangesNothingAndTechniciansSeeCustomersMaskedAndAnOrdersHistory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String reference = "PA-" + run;
        String employee = Http.userToken("partner-acme", "acme-employee");
        assertEquals(201, Http.putJson(Demo.APP + "/partner-acme/api/products/PA-" + run, employee, Json
                .createObjectBuilder().add("name", "Hinge").add("lengthMm", 100).add("widthMm", 50).add("heightMm", 30)
                .add("weightGrams", 200).build()).status());
        assertEquals(201, Http.postJson(Demo.APP + "/partner-acme/api/orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", "acme-springfield")
                .add("customer", Json.createObjectBuilder().add("name", "Marge Bouvier")
                        .add("email", "marge-" + run + "@example.invalid"))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "PA-" + run)
                        .add("quantity", 1)))
                .build()).status());
        try (Browser browser = Browser.start()) {
            browser.open(ADMIN + "orders.xhtml");
            browser.signIn("acme-tech", Demo.PASSWORD);
            String row = "//tr[.//span[contains(@class,'reference') and text()='" + reference + "']]";
            String masked = browser.read("the new order's customer", By.xpath(row + "//span[contains(@class,"
                    + "'customer')]"));
            assertTrue(masked.contains("*") && !masked.contains("Marge"), "masked for technical staff: " + masked);
            browser.click("What was sent", By.xpath(row + "//button[contains(@class,'told')]"));
            browser.text("the order's history", By.cssSelector(".history .step"), "order entered for store "
                    + "acme-springfield");
        }
        try (Browser browser = Browser.start()) {
            browser.open(ADMIN + "callbacks.xhtml");
            browser.signIn("acme-privacy", Demo.PASSWORD);
            browser.text("who is signed in", By.id("who"), "privacy officer");
            assertTrue(browser.<Boolean>script("return document.querySelector('.send-test, [id=\"new-endpoint:url\"]')"
                    + " === null"), "no button that changes an endpoint");
            browser.open(ADMIN + "orders.xhtml");
            String full = browser.read("the order's customer", By.xpath("//tr[.//span[contains(@class,'reference') "
                    + "and text()='" + reference + "']]//span[contains(@class,'customer')]"));
            assertEquals("Marge Bouvier", full, "in full for the privacy officer");
        }
    }
}
