package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The applications and the lockers' WebSocket are served over TLS on 8443 with a certificate of the launcher's local
 * CA ({@code .lockernet/tls/ca.pem}), which a client trusts by that CA alone: no "trust all" anywhere.
 */
class TlsIT {

    private static final String HTTPS = "https://localhost:8443";
    private static final Path CA = Path.of(System.getProperty("lockernet.it.home"), "tls", "ca.pem");

    @Test
    void theApplicationsAnswerOverTls13WithACertificateOfTheLocalCaForLocalhost() throws Exception {
        HttpClient trustingTheLocalCa = HttpClient.newBuilder().sslContext(trusting(localCa())).build();
        String employee = Http.userToken("partner-acme", "acme-employee");
        HttpResponse<String> answer = trustingTheLocalCa.send(HttpRequest.newBuilder(
                        URI.create(HTTPS + "/partner-acme/api/orders")).header("Authorization", "Bearer " + employee)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        SSLSession tls = answer.sslSession().orElseThrow();
        assertEquals("TLSv1.3", tls.getProtocol());
        X509Certificate served = (X509Certificate) tls.getPeerCertificates()[0];
        assertEquals("CN=Lockernet local CA", served.getIssuerX500Principal().getName());
        assertTrue(served.getSubjectAlternativeNames().stream().anyMatch(name -> name.get(1).equals("localhost")),
                "for localhost: " + served.getSubjectAlternativeNames());
        served.verify(localCa().getPublicKey());
    }

    @Test
    void aClientThatTrustsOnlyThePublicAuthoritiesDoesNotConnect() throws Exception {
        TrustManagerFactory publicAuthorities =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        KeyStore cacerts = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security",
                "cacerts"))) {
            cacerts.load(in, null);
        }
        publicAuthorities.init(cacerts);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, publicAuthorities.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(context).build();
        IOException refused = assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(
                URI.create(HTTPS + "/openapi")).build(), HttpResponse.BodyHandlers.discarding()));
        assertTrue(refused instanceof SSLHandshakeException || refused.getCause() instanceof SSLHandshakeException,
                "a certificate of this system's own CA, not a public one: " + refused);
    }

    @Test
    void aLockerIsWelcomedOverWss() {
        LockerConfig config = new LockerConfig("L-0005", URI.create("wss://localhost:8443/shepherd-1/lockers"),
                Demo.lockerToken("L-0005"), LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(300));
        try (SimulatedLocker locker = new SimulatedLocker(config)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)), "L-0005 welcomed by shepherd-1 over wss");
        }
    }

    @Test
    void plainHttpSendsABrowserToHttpsAndRefusesEverythingElse() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = plain.send(HttpRequest.newBuilder(
                URI.create(Demo.PLAIN_HTTP + "/partner-acme/?from=bookmark")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertEquals(HTTPS + "/partner-acme/?from=bookmark", page.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> api = plain.send(HttpRequest.newBuilder(
                        URI.create(Demo.PLAIN_HTTP + "/partner-acme/api/orders"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, api.statusCode(), "an API call over plain HTTP is refused, not redirected: " + api.body());
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(api.body().contains("HTTPS only") && api.body().contains(HTTPS + "/partner-acme/api/orders"),
                api.body());

        HttpResponse<String> tokenInClear = plain.send(HttpRequest.newBuilder(
                        URI.create(Demo.PLAIN_HTTP + "/partner-acme/api/orders"))
                .header("Authorization", "Bearer x").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, tokenInClear.statusCode(), "a GET with a token is refused, not carried along");

        // nothing behind the redirect: a locker's WebSocket upgrade is not taken over plain HTTP either
        assertThrows(IOException.class, () -> unwrap(() -> plain.newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:8080/shepherd-1/lockers"),
                        new java.net.http.WebSocket.Listener() { }).join()));
    }

    @Test
    void keycloakAnswersOverTlsOnly() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> realm = client.send(HttpRequest.newBuilder(URI.create(Demo.REALM)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, realm.statusCode());
        assertEquals("CN=Lockernet local CA", ((X509Certificate) realm.sslSession().orElseThrow()
                .getPeerCertificates()[0]).getIssuerX500Principal().getName());
        try {
            HttpResponse<String> plain = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:8180/realms/lockernet")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(plain.statusCode() >= 400, "the realm over plain HTTP: " + plain.statusCode());
        } catch (IOException expected) {
            // a TLS port hangs up on plain HTTP
        }
    }

    /**
     * Over HTTPS every cookie is Secure (the OpenID client's state cookie included), and a host with a name gets HSTS;
     * {@code localhost} does not, or a developer's browser would hold every local port to HTTPS for a year.
     */
    @Test
    void cookiesAreSecureAndANamedHostGetsHsts() throws Exception {
        String named = rawHead("lockers.example", "/partner-acme/");
        assertTrue(named.contains("\r\nStrict-Transport-Security: max-age=31536000"), named);
        java.util.List<String> cookies = named.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                .toList();
        assertTrue(!cookies.isEmpty(), "a browser without a session is given the login's state cookie: " + named);
        cookies.forEach(cookie -> assertTrue(cookie.contains("; secure") || cookie.contains("; Secure"), cookie));

        String local = rawHead("localhost", "/partner-acme/");
        assertTrue(!local.toLowerCase(java.util.Locale.ROOT).contains("strict-transport-security"), local);
    }

    /** The head of an answer to GET over TLS to this server, with the given Host header (as a browser sends it). */
    private static String rawHead(String host, String path) throws Exception {
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) trusting(localCa()).getSocketFactory()
                .createSocket("localhost", 8443)) {
            javax.net.ssl.SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end + 2);
        }
    }

    private interface Attempt {
        void run() throws Exception;
    }

    /** Runs the attempt, turning the IOException inside a CompletionException into the exception thrown. */
    private static void unwrap(Attempt attempt) throws Exception {
        try {
            attempt.run();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static X509Certificate localCa() throws Exception {
        try (InputStream in = Files.newInputStream(CA)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static SSLContext trusting(X509Certificate ca) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("lockernet-local-ca", ca);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
