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
