package io.lockernet.core.callback.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Whom callbacks trust over https: the public authorities the JDK ships ({@code cacerts}) and the server's own trust
 * store ({@code javax.net.ssl.trustStore}, the local CA of the demo). The server's default trust is that store alone,
 * made for calls inside the installation; a retailer's endpoint has a certificate from a public authority. A
 * certificate is accepted when either set of authorities accepts it, with the host name checked as always.
 */
final class CallbackTrust {

    private CallbackTrust() {
    }

    static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {manager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the trust of callbacks", e);
        }
    }

    static X509TrustManager manager() {
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(managerOf(jdkAuthorities()));
            managers.add(managerOf(null)); // the server's javax.net.ssl.trustStore, or the JDK's when none is set
            return new Either(managers);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up the trust of callbacks", e);
        }
    }

    private static KeyStore jdkAuthorities() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security",
                "cacerts"))) {
            store.load(in, null);
        }
        return store;
    }

    private static X509TrustManager managerOf(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast).findFirst().orElseThrow();
    }

    /** Trusts a chain that any of its managers trusts. */
    private record Either(List<X509TrustManager> managers) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("callbacks are a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> Arrays.stream(m.getAcceptedIssuers())).toArray(X509Certificate[]::new);
        }
    }
}
