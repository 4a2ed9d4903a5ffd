package io.lockernet.simulator.locker;

import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * When a token this locker was just given by Keycloak runs out, read from its {@code exp} claim, so that it is renewed
 * in time. A client reading its own token is not a check of anyone's identity: the Shepherd verifies every token.
 */
public final class TokenExpiry {

    private static final JsonProvider JSON = JsonProvider.provider();

    private TokenExpiry() {
    }

    public static Instant of(String ownToken) {
        String[] parts = ownToken.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (var reader = JSON.createReader(new StringReader(payload))) {
            return Instant.ofEpochSecond(reader.readObject().getJsonNumber("exp").longValue());
        }
    }
}
