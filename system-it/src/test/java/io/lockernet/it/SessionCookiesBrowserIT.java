package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

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
            browser.open(Demo.HTTP + "/partner-acme/");
            browser.signIn("acme-employee", Demo.PASSWORD);
            for (String path : new String[] {"/partner-acme/", "/partner-admin-acme/", "/admin/"}) {
                if (!path.equals("/partner-acme/")) {
                    browser.open(Demo.HTTP + path); // the first is where the sign-in returns to; leaving early spoils it
                }
                Cookie session = browser.until("the session cookie of " + path, () ->
                        Optional.ofNullable(browser.driver.manage().getCookieNamed("JSESSIONID"))
                                .filter(c -> path.startsWith(c.getPath())));
                assertTrue(session.isHttpOnly(), path + " HttpOnly: " + session);
                assertEquals("Lax", session.getSameSite(), path + " SameSite: " + session);
            }
        }
    }
}
