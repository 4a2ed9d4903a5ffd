package io.lockernet.it;

import io.lockernet.simulator.locker.TokenExpiry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Tokens an attacker makes or keeps: unsigned, tampered, expired, from another realm. */
final class Forgeries {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Forgeries() {
    }

    /** An unsigned token ({@code alg: none}) claiming the given client and retailer group. */
    static String unsigned(String client, String retailer) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + encode("{\"sub\":\"x\",\"azp\":\"" + client + "\",\"groups\":[\"/retailers/" + retailer + "\"],"
                + "\"iss\":\"" + Demo.REALM + "\",\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}") + ".";
    }

    /** A real token whose claims were changed (another retailer's group), its signature kept. */
    static String tampered(String token, String retailer) {
        String[] parts = token.split("\\.");
        JsonObject claims = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))).readObject();
        JsonObject changed = Json.createObjectBuilder(claims)
                .add("groups", Json.createArrayBuilder().add("/retailers/" + retailer)).build();
        return parts[0] + "." + encode(changed.toString()) + "." + parts[2];
    }

    /** A token of Keycloak's master realm (its demo administrator): signed, valid, and foreign to lockernet. */
    static String otherRealm() {
        return KeycloakAdmin.masterToken();
    }

    /** Waits until a token has expired (its exp and the container's clock tolerance, a few seconds, are past). */
    static String expired(String token) {
        Instant after = TokenExpiry.of(token).plusSeconds(3);
        Await.until("the token to expire at " + after, Duration.ofSeconds(60),
                () -> Instant.now().isAfter(after) ? Optional.of(true) : Optional.empty());
        return token;
    }

    /** The forged-first-header trick: an unparseable bearer credential first, a real one second. */
    static String junkFirstHeader(String retailer) {
        return unsigned("partner-" + retailer, retailer) + " junk";
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
