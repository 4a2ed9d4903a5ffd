package io.lockernet.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (nothing is downloaded). Without them
 * the browser tests are skipped with a message, unless {@code -Dlockernet.it.browser=required} (as in {@code .ci/run},
 * which installs them) makes that a failure. WebGL runs on SwiftShader, Chromium's software renderer. A test's browser
 * is a new one, or one an earlier test ended and that was made as new again (see {@link #close}).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The origins of the system's pages: a browser handed to the next test keeps no storage of theirs. */
    private static final List<String> ORIGINS = List.of("https://localhost:8443", "https://localhost:8180",
            "http://localhost:8080");
    /**
     * Browsers of tests that ended, made as new again for the next test: Chromium takes seconds to start and to quit,
     * and the browser tests use some twenty. They quit when the tests' JVM ends.
     */
    private static final Deque<Browser> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Browser::quit)));
    }

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && !"required".equals(System.getProperty("lockernet.it.browser"))) {
            Assumptions.abort("browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them");
        }
        Browser idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        try {
            Path profile = Files.createTempDirectory("lockernet-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                    "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                    "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--window-size=1400,1000",
                    "--user-data-dir=" + profile, "--ignore-certificate-errors-spki-list=" + localKeys());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The public keys of the local CA and of the servers' certificate (SHA-256 of each SubjectPublicKeyInfo, base64),
     * from the launcher's {@code tls} directory. Chromium reads trusted authorities from an NSS database in the user's
     * home, which a test should not write to; instead it is told these keys, and these alone, are to be accepted: a
     * certificate of any other key still fails (this is no "trust all").
     */
    private static String localKeys() {
        Path tls = Path.of(System.getProperty("lockernet.it.home"), "tls");
        try {
            java.security.cert.CertificateFactory x509 = java.security.cert.CertificateFactory.getInstance("X.509");
            List<String> keys = new ArrayList<>();
            for (String pem : new String[] {"ca.pem", "server.pem"}) {
                try (var in = Files.newInputStream(tls.resolve(pem))) {
                    byte[] spki = x509.generateCertificate(in).getPublicKey().getEncoded();
                    keys.add(java.util.Base64.getEncoder().encodeToString(
                            java.security.MessageDigest.getInstance("SHA-256").digest(spki)));
                }
            }
            return String.join(",", keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the local CA's certificates in " + tls + " do not read", e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** The window of a phone held upright (390 × 844 CSS pixels), for the pages made for one. */
    void phoneSized() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Signs in on Keycloak's login page, where the app sends a browser that has no session. */
    void signIn(String username, String password) {
        until("Keycloak's login page", () -> Optional.of(driver.findElements(By.id("username")))
                .filter(found -> !found.isEmpty()));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    WebElement element(String what, By by) {
        return until(what, () -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst());
    }

    /** The text of an element once it is shown, read again if a refresh of the page replaced it meanwhile. */
    String read(String what, By by) {
        return until(what, () -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst()
                .map(WebElement::getText));
    }

    /**
     * Clicks the element once it is shown and no PrimeFaces request (a poll, an earlier click) is under way: a part of
     * the page just replaced by one has its buttons wired by script a moment later, and a click before that is lost.
     * Found again if a refresh of the page replaced it meanwhile.
     */
    void click(String what, By by) {
        until("clicking " + what, () -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst()
                .filter(element -> Boolean.TRUE.equals(script("return !(window.PrimeFaces && PrimeFaces.ajax)"
                        + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0))")))
                .map(element -> {
                    element.click();
                    return true;
                }));
    }

    /** Waits until an element's text contains the given text. */
    WebElement text(String what, By by, String contains) {
        return until(what + " saying '" + contains + "'", () -> driver.findElements(by).stream()
                .filter(e -> e.getText().contains(contains)).findFirst());
    }

    @SuppressWarnings("unchecked")
    <T> T script(String javascript, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits for a JavaScript expression (a {@code return …} statement) to be true. */
    void untilScript(String what, String javascript, Object... arguments) {
        until(what, () -> Optional.ofNullable(this.<Object>script(javascript, arguments))
                .filter(Boolean.TRUE::equals));
    }

    <T> T until(String what, Supplier<Optional<T>> probe) {
        try {
            return Await.until(what + " in the browser at " + driver.getCurrentUrl(), WAIT, () -> {
                try {
                    return probe.get();
                } catch (WebDriverException e) {
                    return Optional.empty(); // a page being replaced, an element gone stale: ask again
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; screenshot " + screenshot() + "; page text: "
                    + driver.findElement(By.tagName("body")).getText() + "; browser console: " + console(), e);
        }
    }

    private String console() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                    .collect(Collectors.joining("\n"));
        } catch (WebDriverException e) {
            return "(unavailable: " + e.getMessage() + ")";
        }
    }

    private String screenshot() {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path kept = Path.of("target", "screenshots", "browser-" + System.currentTimeMillis() + ".png");
            Files.createDirectories(kept.getParent());
            Files.move(shot.toPath(), kept);
            return kept.toAbsolutePath().toString();
        } catch (IOException | WebDriverException e) {
            return "(none: " + e + ")";
        }
    }

    /**
     * Ends the test's use of the browser; fails when any page it showed broke its own Content-Security-Policy (a
     * script refused: a feature of the page silently dead), which the browser reports on its console only. The browser
     * itself goes to the next test as a new one would ({@link #reset}), or quits if it cannot be made so.
     */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
        } catch (WebDriverException e) {
            refused = List.of();
        }
        if (reset()) {
            IDLE.push(this);
        } else {
            quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("a page broke its own Content-Security-Policy: " + refused);
        }
    }

    /**
     * As a browser just started: one window, on a blank page, of the usual size; no cookies of any site (the apps'
     * sessions, Keycloak's single sign-on), no storage or cache of the system's origins, nothing left on the console.
     */
    private boolean reset() {
        try {
            List<String> windows = new ArrayList<>(driver.getWindowHandles());
            for (String window : windows.subList(1, windows.size())) {
                driver.switchTo().window(window).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : ORIGINS) {
                chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            driver.manage().window().setSize(new Dimension(1400, 1000));
            driver.manage().logs().get(LogType.BROWSER);
            return chrome.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies") instanceof List<?> cookies
                    && cookies.isEmpty();
        } catch (WebDriverException e) {
            return false;
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // gone already
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind
        }
    }
}
