package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The first hour of a newcomer, against `./lockernet up` as the README tells them to run it (simulated lockers, the
 * demo shop, the default server settings: {@code mvn verify -Pfirst-hour}). Within a minute of {@code up} every acme
 * store has orders waiting on the staff app's Orders page; the newcomer deposits one with the wizard in the browser and
 * finds the customer's e-mail in {@code .lockernet/mail}; and the demo's customers soon make the Collected and Returns
 * pages show something too.
 */
@Tag("first-hour")
class FirstHourIT {

    private static final String ACME = Demo.APP + "/partner-acme/";
    private static final List<String> ACME_STORES = List.of("acme-springfield", "acme-shelbyville", "station-hall");
    /** The promise: orders wait in every store within a minute of `up`. */
    private static final Duration FIRST_MINUTE = Duration.ofSeconds(60);
    /** The demo's first customers come a few seconds after their mail, and a return follows their pickup. */
    private static final Duration FIRST_CUSTOMERS = Duration.ofMinutes(4);
    /** The wizard's proposal: "Best fit: A3 (size S) at L-0005." */
    private static final Pattern PROPOSED = Pattern.compile("Best fit: (\\S+) \\(.*?\\) at (L-\\d+)");
    private static final Path MAIL = Path.of(System.getProperty("lockernet.it.home"), "mail");

    @Test
    void aNewcomerFindsOrdersWaitingAtEveryStoreAndDepositsOneInTheBrowser() {
        try (Browser browser = Browser.start()) {
            browser.open(ACME);
            browser.signIn("acme-employee", Demo.PASSWORD);
            browser.text("the signed-in employee", By.id("who"), "acme-employee");

            Await.until("orders waiting at every acme store", FIRST_MINUTE, () -> {
                browser.open(ACME + "orders.xhtml?state=OPEN");
                String table = browser.read("the orders", By.cssSelector(".orders"));
                return ACME_STORES.stream().allMatch(store -> table.contains("DEMO-" + store))
                        ? Optional.of(table) : Optional.empty();
            });

            // the demo keeps taking orders: the one deposited may have come after the first look, so it is not
            // compared with that look; depositOne takes it from the Orders page's waiting orders at the time
            String deposited = depositOne(browser);
            String mail = Await.until("the customer's pickup e-mail in " + MAIL, Duration.ofSeconds(60),
                    () -> mailAbout(deposited));
            assertTrue(mail.contains("Pickup code: "), "the mail carries the code: " + mail);
            browser.open(ACME + "orders.xhtml?state=DEPOSITED");
            browser.text("the deposited order", By.cssSelector(".orders"), deposited);

            Await.until("a demo customer's pickup on the Orders page", FIRST_CUSTOMERS, () -> {
                browser.open(ACME + "orders.xhtml?state=COLLECTED");
                return browser.read("the orders", By.cssSelector(".orders")).contains("DEMO-")
                        ? Optional.of(true) : Optional.empty();
            });
            Await.until("a demo return on the Returns page", FIRST_CUSTOMERS, () -> Stream.of("AWAITING_DROP_OFF",
                    "DROPPED_OFF", "RETRIEVED").filter(state -> {
                        browser.open(ACME + "returns.xhtml?state=" + state);
                        return browser.read("the returns", By.cssSelector(".returns"))
                                .contains("DEMO-");
                    }).findFirst());
        }
    }

    /**
     * Deposits a waiting demo order with the wizard: its proposal, the open, the wizard's end. The demo deposits its
     * orders too, now and then: an order it took a moment earlier is no longer waiting, and the next one is tried.
     */
    private static String depositOne(Browser browser) {
        return Await.until("a deposit through the wizard", Duration.ofMinutes(2), () -> {
            browser.open(ACME + "orders.xhtml?state=OPEN");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector(".orders tr")).stream()
                    .filter(row -> row.getText().contains("DEMO-")).toList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            WebElement row = rows.get(rows.size() - 1);
            String reference = row.findElement(By.cssSelector(".reference")).getText().strip();
            try {
                row.findElement(By.partialLinkText("Deposit")).click();
                String proposal = browser.read("the best-fit proposal", By.cssSelector("#proposal"));
                Matcher where = PROPOSED.matcher(proposal);
                if (!where.find()) {
                    return Optional.empty();
                }
                // the wizard's buttons work once its live 3D model of the locker is drawn (as StaffBrowserIT waits)
                browser.untilScript("the 3D model of " + where.group(2) + " drawn with " + where.group(1) + " free",
                        "const v = window.lockerViews && window.lockerViews[arguments[0]]; return !!v && v.webgl "
                                + "&& v.frames > 10 && v.state(arguments[1]) === 'AVAILABLE';", where.group(2),
                        where.group(1));
                browser.element("the open button", By.id("wizard:open")).click();
                browser.text("the wizard's end", By.id("wizard:deposited"), "e-mailed the pickup code");
                return Optional.of(reference);
            } catch (RuntimeException | AssertionError taken) {
                return Optional.empty(); // the demo deposited this one first, or took its compartment: another
            }
        });
    }

    private static Optional<String> mailAbout(String reference) {
        if (!Files.isDirectory(MAIL)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(MAIL)) {
            return files.filter(f -> f.toString().endsWith(".eml")).map(FirstHourIT::read)
                    .filter(text -> text.contains(reference) && text.contains("ready for pickup")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
