package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./lockernet} leaves open and what it may end (issue #11 point 7): every server it starts listens on this
 * machine only, since Keycloak's master realm has an admin; it signals a pid only while the pid still
 * runs what it started; and a name read back from its state directory that it did not write stops it, before anything
 * is removed or signalled.
 */
class LauncherHygieneIT {

    private static final Duration LAUNCHER_PATIENCE = Duration.ofMinutes(1);
    private static final Path RUN = Path.of(System.getProperty("lockernet.it.home"), "run");

    @Test
    void everyServerTheLauncherStartedListensOnLoopbackOnly() throws IOException {
        Map<String, List<ListeningSockets.Listener>> servers = new TreeMap<>();
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(RUN, "*.pid")) {
            for (Path pidFile : pidFiles) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    servers.put(pidFile.getFileName().toString().replace(".pid", ""), ListeningSockets.ofSession(pid));
                }
            }
        }
        // the pid files led to the servers the tests talk to: this test cannot pass by finding nothing
        assertTrue(ports(servers, "wildfly").contains(URI.create(Demo.APP).getPort()), "WildFly found: " + servers);
        assertTrue(ports(servers, "keycloak").contains(URI.create(Demo.REALM).getPort()), "Keycloak found: " + servers);

        List<String> reachableFromOutside = new ArrayList<>();
        servers.forEach((server, listeners) -> listeners.stream().filter(listener -> !listener.loopback())
                .forEach(listener -> reachableFromOutside.add(server + " on " + listener)));
        assertEquals(List.of(), reachableFromOutside, "every server listens on loopback only: " + servers);
    }

    /**
     * Safe for the system every IT shares: the launcher runs with a fresh temporary LOCKERNET_HOME, and {@code down}
     * acts on that home's pid files alone (it sends no command to any server: no jboss-cli, no HTTP). The only pid
     * written there is that of a {@code sleep} this test started, which is no process group leader: a launcher that
     * did signal it would end that sleep and nothing else, and this test would fail.
     */
    @Test
    void aPidFileThatNoLongerNamesOurProcessKillsNothing() throws IOException {
        Path home = Files.createTempDirectory("lockernet-hygiene");
        Process foreign = new ProcessBuilder("sleep", "300").start();
        try {
            Path pidFile = Files.createDirectories(home.resolve("run")).resolve("wildfly.pid");
            Files.writeString(pidFile, foreign.pid() + "\n");

            Launcher.Result down = Launcher.run(home, LAUNCHER_PATIENCE, "down");

            assertEquals(0, down.exitCode(), down.output());
            assertTrue(down.output().contains("wildfly: stale pid file removed (pid " + foreign.pid()
                    + " is another program now)"), down.output());
            assertTrue(foreign.isAlive(), "the launcher left the other program alone: " + down.output());
            assertTrue(Files.notExists(pidFile), "the stale pid file is removed");
        } finally {
            foreign.destroyForcibly();
            delete(home);
        }
    }

    /**
     * A Shepherd server's name comes back from its pid file's name and goes into paths the launcher removes: one that
     * is not {@code shepherd-N-server} is refused before anything is stopped or deleted. Safe for the shared system as
     * above: a fresh home, {@code down}, and only the pid of this test's own {@code sleep}.
     */
    @Test
    void aPidFileNameThatIsNoShepherdNumberIsRefusedAndNothingIsStoppedOrDeleted() throws IOException {
        Path home = Files.createTempDirectory("lockernet-hygiene");
        Process foreign = new ProcessBuilder("sleep", "300").start();
        try {
            Path run = Files.createDirectories(home.resolve("run"));
            Path forged = run.resolve("shepherd-x;rm-server.pid");
            Files.writeString(forged, foreign.pid() + "\n");
            Files.writeString(run.resolve("wildfly.pid"), foreign.pid() + "\n");
            Set<String> before = fileNames(run);

            Launcher.Result down = Launcher.run(home, LAUNCHER_PATIENCE, "down");

            assertNotEquals(0, down.exitCode(), down.output());
            assertTrue(down.output().contains(forged + " is not a pid file this launcher wrote"), down.output());
            assertEquals(before, fileNames(run), "nothing removed: " + down.output());
            assertTrue(foreign.isAlive(), "nothing signalled: " + down.output());
        } finally {
            foreign.destroyForcibly();
            delete(home);
        }
    }

    private static Set<Integer> ports(Map<String, List<ListeningSockets.Listener>> servers, String server) {
        return servers.getOrDefault(server, List.of()).stream().map(ListeningSockets.Listener::port)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
