package io.lockernet.simulator.locker;

import io.lockernet.api.oidc.ClientCredentials;
import java.net.http.HttpClient;
import java.time.Clock;

/** Where a locker gets the access token it presents when it connects; asked again on every (re)connect. */
@FunctionalInterface
public interface TokenSource {

    /** The access token, or null to connect with no token at all. */
    String token();

    /** The locker's own confidential client in Keycloak; the token is cached until shortly before it expires. */
    static TokenSource clientCredentials(String realmUrl, String clientId, String secret) {
        ClientCredentials credentials = new ClientCredentials(realmUrl, clientId, secret);
        return credentials::accessToken;
    }

    /** As above, over a client many lockers share (see {@link LockerThreads#http}) rather than one of its own. */
    static TokenSource clientCredentials(String realmUrl, String clientId, String secret, HttpClient http) {
        ClientCredentials credentials = new ClientCredentials(realmUrl, clientId, secret, http, Clock.systemUTC());
        return credentials::accessToken;
    }

    static TokenSource none() {
        return () -> null;
    }

    /** Always the same token: for tests that present an expired, forged or other locker's token. */
    static TokenSource fixed(String token) {
        return () -> token;
    }
}
