package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher's PostgreSQL connections over TLS (lib/postgres.sh), against a PostgreSQL server of this test's own that
 * offers TLS with a certificate of a CA made here (initdb and pg_ctl of the machine's PostgreSQL, openssl; started
 * for this class on a free port, stopped after it). The launcher's PostgreSQL work is reached through
 * {@code down --drop-databases} in a home of the test's own, which connects exactly as {@code up} does. The JDBC
 * address it gives the servers is checked with the driver the servers use.
 */
class PostgresTlsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PASSWORD = "tls-test-only";
    /** initdb refuses root: then PostgreSQL's programs run as the postgres user, in a directory it owns. */
    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));
    private static Path dir;
    private static Path bin;
    private static int port;

    @BeforeAll
    static void startATlsPostgres() throws Exception {
        bin = Stream.of("17", "16", "15", "14", "13").map(v -> Path.of("/usr/lib/postgresql", v, "bin"))
                .filter(p -> Files.isExecutable(p.resolve("initdb"))).findFirst().orElse(null);
        Assumptions.assumeTrue(bin != null, "needs PostgreSQL's initdb and pg_ctl (/usr/lib/postgresql/N/bin)");
        dir = Files.createTempDirectory("lockernet-pg-tls");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(dir, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=PostgreSQL test CA");
        run(dir, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "other.key", "-out", "other.pem", "-days", "2", "-subj", "/CN=Another CA");
        run(dir, "openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
        Files.writeString(dir.resolve("san.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        run(dir, "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "san.cnf");
        Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        if (AS_ROOT) {
            run(dir, "chown", "-R", "postgres", dir.toString());
            run(dir, "chmod", "0755", dir.toString());
        }
        asPostgres(dir, "chmod", "0600", "server.key");
        postgres("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "--pwfile=" + dir.resolve("password"),
                "--auth-host=scram-sha-256", "--auth-local=trust");
        Files.writeString(dir.resolve("data/postgresql.conf"), String.join("\n", "",
                "port = " + port, "listen_addresses = '127.0.0.1'", "unix_socket_directories = '" + dir + "'",
                "ssl = on", "ssl_cert_file = '" + dir.resolve("server.crt") + "'",
                "ssl_key_file = '" + dir.resolve("server.key") + "'", ""),
                java.nio.file.StandardOpenOption.APPEND);
        postgres("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("postgres.log").toString(), "-w",
                "start");
    }

    @AfterAll
    static void stop() throws Exception {
        if (dir != null && Files.exists(dir.resolve("data/postmaster.pid"))) {
            postgres("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
        }
    }

    @Test
    void withTheServersCaEveryConnectionIsTlsWithTheServerChecked() throws Exception {
        createDatabase("lockernet_tls_a");
        Launcher.Result down = launcher(Map.of("LOCKERNET_PG_SSLROOTCERT", dir.resolve("ca.pem").toString()),
                "lockernet_tls_a");
        assertEquals(0, down.exitCode(), down.output());
        assertTrue(down.output().contains("TLS, the server checked against " + dir.resolve("ca.pem")
                + " (verify-full)"), down.output());
        assertTrue(down.output().contains("dropping database lockernet_tls_a"), down.output());
        assertEquals(Optional.empty(), database("lockernet_tls_a"), "dropped over the verified connection");

        // the address the servers get (jdbc_url): the driver checks the certificate and the host name
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=verify-full&sslrootcert="
                + dir.resolve("ca.pem");
        try (Connection connection = DriverManager.getConnection(url, "postgres", PASSWORD);
             ResultSet ssl = connection.createStatement()
                     .executeQuery("select ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
            assertTrue(ssl.next() && ssl.getBoolean(1), "the servers' connections are TLS");
        }
    }

    @Test
    void aServerThatOffersTlsWithoutItsCaGivenStopsTheLauncherAndAnotherCasServerIsRefused() throws Exception {
        createDatabase("lockernet_tls_b");
        Launcher.Result noCa = launcher(Map.of("HOME", dir.resolve("no-home").toString()), "lockernet_tls_b");
        assertNotEquals(0, noCa.exitCode(), noCa.output());
        assertTrue(noCa.output().contains("offers TLS: give the certificate of its CA with LOCKERNET_PG_SSLROOTCERT"),
                noCa.output());

        Launcher.Result otherCa = launcher(Map.of("LOCKERNET_PG_SSLROOTCERT", dir.resolve("other.pem").toString()),
                "lockernet_tls_b");
        assertTrue(otherCa.output().contains("certificate verify failed"), otherCa.output());
        assertTrue(database("lockernet_tls_b").isPresent(), "nothing was done over a connection to an unchecked server");

        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=verify-full&sslrootcert="
                + dir.resolve("other.pem");
        SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url, "postgres", PASSWORD).close());
        assertTrue(refused.getMessage().contains("SSL"), refused.getMessage());
    }

    /** {@code ./lockernet down --drop-databases} in a home of its own that lists one database of this server. */
    private static Launcher.Result launcher(Map<String, String> environment, String database) throws IOException {
        Path home = Files.createTempDirectory(dir, "home");
        Files.writeString(home.resolve("db"), "postgres\n");
        Files.writeString(home.resolve("databases"), database + "\n");
        Map<String, String> env = new java.util.HashMap<>(Map.of("LOCKERNET_PG_HOST", "127.0.0.1",
                "LOCKERNET_PG_PORT", String.valueOf(port), "LOCKERNET_PG_USER", "postgres",
                "LOCKERNET_PG_PASSWORD", PASSWORD));
        env.putAll(environment);
        return Launcher.run(home, env, PATIENCE, "down", "--drop-databases");
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=verify-full"
                + "&sslrootcert=" + dir.resolve("ca.pem"), "postgres", PASSWORD);
    }

    private static void createDatabase(String name) throws SQLException {
        try (Connection connection = admin()) {
            connection.createStatement().execute("create database " + name);
        }
    }

    private static Optional<String> database(String name) throws SQLException {
        try (Connection connection = admin();
             ResultSet found = connection.createStatement()
                     .executeQuery("select datname from pg_database where datname = '" + name + "'")) {
            return found.next() ? Optional.of(found.getString(1)) : Optional.empty();
        }
    }

    /** A PostgreSQL program, as the postgres user when this runs as root. */
    private static void postgres(String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(bin.resolve(program).toString()));
        command.addAll(List.of(arguments));
        asPostgres(dir, command.toArray(String[]::new));
    }

    private static void asPostgres(Path in, String... command) throws IOException {
        if (AS_ROOT) {
            List<String> as = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
            as.addAll(List.of(command));
            run(in, as.toArray(String[]::new));
        } else {
            run(in, command);
        }
    }

    private static void run(Path in, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        try {
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new UncheckedIOException(new IOException(String.join(" ", command) + " failed: " + output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
