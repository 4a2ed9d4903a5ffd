package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * After a real sign-in through Keycloak's page, in Chromium, each application's session cookie is out of scripts'
 * reach (HttpOnly) and is not sent with another site's requests (SameSite=Lax). One sign-in serves all three
 * applications (single sign-on); the session is made at the login's return, whatever the roles then allow.
 * Runs with the H2 half of CI, as the other browser tests.
 */
class SessionCookiesBrowserIT {

    @Test
    void everyApplicationsSessionCookieIsHttpOnlyAndSameSite() {
        try (Browser browser = Browser.start()) {
            browser.open(Demo.APP + "/partner-acme/");
            browser.signIn("acme-employee", Demo.PASSWORD);
            for (String path : new String[] {"/partner-acme/", "/partner-admin-acme/", "/admin/"}) {
                if (!path.equals("/partner-acme/")) {
                    browser.open(Demo.APP + path); // the first is where the sign-in returns to; leaving early spoils it
                }
                Cookie session = browser.until("the session cookie of " + path, () ->
                        Optional.ofNullable(browser.driver.manage().getCookieNamed("JSESSIONID"))
                                .filter(c -> path.startsWith(c.getPath())));
                assertTrue(session.isHttpOnly(), path + " HttpOnly: " + session);
                assertEquals("Lax", session.getSameSite(), path + " SameSite: " + session);
            }
        }
    }

    /**
     * The browser sends the session cookie with any request to this site, also one that another page made it send: with
     * the cookie alone the staff API may be read (the 3D view does) but changes nothing (a body-less POST to open a
     * door needs no permission from anybody to be sent).
     */
    @Test
    void theStaffApiTakesNoChangeOnTheSessionCookieAlone() {
        try (Browser browser = Browser.start()) {
            browser.open(Demo.APP + "/partner-acme/orders.xhtml");
            browser.signIn("acme-employee", Demo.PASSWORD);
            browser.text("the signed-in employee", By.id("who"), "acme-employee");
            assertEquals(200L, status(browser, "GET", "/partner-acme/api/lockers"));
            assertEquals(403L, status(browser, "POST", "/partner-acme/api/lockers/L-0001/compartments/A3/open"));
        }
    }

    private static Object status(Browser browser, String method, String path) {
        return ((JavascriptExecutor) browser.driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin'})"
                + ".then(r => done(r.status), e => done('failed: ' + e));", Demo.APP + path, method);
    }
}
