package io.lockernet.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * A store's terminal is shared: "Sign out" in the staff app ends its session, the single sign-on behind it, and the
 * live channel of every other tab of that session, in real headless Chromium. Runs with the H2 half of CI, as the other
 * browser tests.
 */
class SignOutBrowserIT {

    private static final String ACME = Demo.APP + "/partner-acme/";

    @Test
    void signingOutEndsTheSessionAndTheLiveChannelsOfItsOtherTabs() {
        try (Browser browser = Browser.start()) {
            browser.open(ACME + "lockers.xhtml");
            browser.signIn("acme-employee", Demo.PASSWORD);
            browser.text("the live channel", By.id("live-status"), "live");
            String first = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.open(ACME + "orders.xhtml");
            browser.text("the second tab's live channel", By.id("live-status"), "live");
            String second = browser.driver.getWindowHandle();

            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.open(ACME + "orders.xhtml");
            browser.text("the signed-in employee", By.id("who"), "acme-employee");
            browser.element("the sign-out button", By.id("sign-out")).click();
            // back at the app's start, which asks for a sign-in again: the single sign-on ended too
            browser.element("Keycloak's sign-in form", By.id("username"));

            // two channels of the session besides the signing-out tab's: the server's own listener ends only one
            browser.driver.switchTo().window(second);
            browser.text("the second tab told it was signed out", By.id("live-status"), "signed out");
            browser.driver.switchTo().window(first);
            browser.text("the first tab told it was signed out", By.id("live-status"), "signed out");
            browser.open(ACME + "lockers.xhtml");
            browser.element("Keycloak's sign-in form for the first tab too", By.id("username"));
        }
    }

    /**
     * Partner Admin and the Admin Panel sign out the same way: the app's session and the single sign-on end, and the
     * app asks for a sign-in again.
     */
    @ParameterizedTest
    @CsvSource({"/partner-admin-acme/, acme-tech", "/admin/, operator"})
    void everyConsoleSignsOutOfItselfAndOfTheSingleSignOn(String app, String user) {
        try (Browser browser = Browser.start()) {
            browser.open(Demo.APP + app);
            browser.signIn(user, Demo.PASSWORD);
            browser.element("the sign-out button", By.id("sign-out")).click();
            browser.element("Keycloak's sign-in form", By.id("username"));
            browser.open(Demo.APP + app);
            browser.element("Keycloak's sign-in form again: the single sign-on ended too", By.id("username"));
        }
    }
}
