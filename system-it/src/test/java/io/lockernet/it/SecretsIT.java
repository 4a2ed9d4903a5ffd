package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The system's secrets are generated at the first {@code up}, are readable by their owner only, and never appear on a
 * process's command line, where any user of the machine could read them ({@code ps}, {@code /proc/PID/cmdline}).
 */
class SecretsIT {

    private static final Path HOME = Path.of(System.getProperty("lockernet.it.home"));
    private static final Path PROC = Path.of("/proc");
    private static final Duration LAUNCHER_PATIENCE = Duration.ofMinutes(3);
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @Test
    void noSecretShowsOnAnyCommandLineWhileTheLauncherAddsARetailerRotatesAKeyOrBringsTheSystemUp() {
        Set<String> commandLines = new ConcurrentSkipListSet<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        CompletableFuture<Void> ps = CompletableFuture.runAsync(() -> {
            while (watching.get()) {
                commandLines.addAll(commandLines());
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // a sampling pace, not a wait for anything
            }
        });
        Launcher.Result added;
        Launcher.Result rotated;
        Launcher.Result up;
        try {
            // carol, as StaffBrowserIT adds it: whichever runs first adds it, and the other finds it up to date (a
            // retailer fewer to add in CI); either way the launcher reads and hands on carol's secrets
            added = Launcher.run(LAUNCHER_PATIENCE, "add-partner", "carol", "--name", "Carol Foods", "--lockers",
                    "L-0005", "--demo-staff");
            rotated = Launcher.run(LAUNCHER_PATIENCE, "rotate-key", "carol");
            up = Launcher.run(LAUNCHER_PATIENCE, "up", "--no-build", "--no-simulators");
        } finally {
            watching.set(false);
            ps.join();
        }
        assertEquals(0, added.exitCode(), added.output());
        assertEquals(0, rotated.exitCode(), rotated.output());
        assertEquals(0, up.exitCode(), up.output());
        // the watch saw the launcher's short-lived helpers: it cannot pass by seeing nothing
        assertTrue(commandLines.stream().anyMatch(c -> c.contains("kcadm")), "Keycloak's admin CLI was seen");
        assertTrue(commandLines.stream().anyMatch(c -> c.startsWith("curl")), "curl was seen");
        assertTrue(commandLines.stream().anyMatch(c -> c.contains("jboss-cli")), "WildFly's CLI was seen");

        Set<String> secrets = secrets();
        assertTrue(secrets.size() > 15, "the secrets looked for: " + secrets.size());
        List<String> shown = new ArrayList<>();
        for (String commandLine : commandLines) {
            secrets.stream().filter(commandLine::contains)
                    .forEach(secret -> shown.add("in: " + commandLine.replace(secret, "***")));
        }
        assertEquals(List.of(), shown, "secrets on command lines");
    }

    @Test
    void everySecretAndEveryFileHoldingOneIsItsOwnersAlone() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(HOME.resolve("secrets"))) {
            all.forEach(files::add);
        }
        files.add(HOME.resolve("run/server.properties"));
        files.add(HOME.resolve("keycloak/data/import/lockernet-realm.json"));
        if (Files.exists(HOME.resolve("run/kcadm.config"))) {
            files.add(HOME.resolve("run/kcadm.config"));
        }
        try (Stream<Path> tls = Files.walk(HOME.resolve("tls"))) {
            tls.forEach(files::add);
        }
        try (Stream<Path> run = Files.walk(HOME.resolve("run"))) {
            run.filter(f -> f.getFileName().toString().endsWith(".properties")).forEach(files::add);
        }
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("secrets/clients/partner-acme")),
                files.toString());
        List<String> open = new ArrayList<>();
        for (Path file : files) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                open.add(HOME.relativize(file) + " " + permissions);
            }
        }
        assertEquals(List.of(), open, "readable by others");
    }

    @Test
    void theDemoSecretsAreThisSystemsOwnNotTheRepositorys() {
        String secret = Demo.secretOf("partner-acme");
        assertTrue(secret.length() >= 40, "32 random bytes: " + secret.length() + " characters");
        assertTrue(!secret.startsWith("demo-") && !Demo.PASSWORD.equals("demo"), "no constant of the repository");
        assertEquals(200, Http.get(Demo.APP + "/partner-acme/api/orders", Http.userToken("partner-acme",
                "acme-employee")).status(), "and they are the ones the system runs with");
    }

    /** Every value of every secret file and of every property named like a secret in the launcher's files. */
    private static Set<String> secrets() {
        Set<String> secrets = new TreeSet<>();
        try (Stream<Path> files = Stream.of("secrets", "run", "tls").map(HOME::resolve).flatMap(SecretsIT::walk)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (file.startsWith(HOME.resolve("secrets")) || name.equals("broker-password")
                        || name.endsWith(".password")) {
                    if (!name.endsWith(".p12")) {
                        secrets.add(Files.readString(file).strip());
                    }
                } else if (name.endsWith(".properties")) {
                    Properties properties = new Properties();
                    properties.load(Files.newBufferedReader(file, StandardCharsets.ISO_8859_1));
                    properties.stringPropertyNames().stream()
                            .filter(p -> p.contains("secret") || p.contains("password"))
                            .map(properties::getProperty)
                            // the default PostgreSQL and H2 passwords of the local demo are no secret of ours
                            .filter(v -> v.length() >= 12)
                            .forEach(secrets::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> commandLines() {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> processes = Files.list(PROC)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                try {
                    byte[] raw = Files.readAllBytes(process.resolve("cmdline"));
                    if (raw.length > 0) {
                        lines.add(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip());
                    }
                } catch (IOException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
