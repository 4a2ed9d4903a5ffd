package io.lockernet.api.oidc;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jakarta.json.spi.JsonProvider;

/**
 * The claims of an access token that the server has already verified (signature, issuer, expiry): who the caller
 * is, which client it came through, and which retailer group gives it its scope. Reads, never verifies.
 */
public record TokenClaims(JsonObject json) {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String RETAILER_GROUP_PREFIX = "/retailers/";

    public static TokenClaims ofVerifiedToken(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (var reader = JSON.createReader(new StringReader(payload))) {
            return new TokenClaims(reader.readObject());
        }
    }

    /** From an {@code Authorization: Bearer …} header value. */
    public static Optional<TokenClaims> ofAuthorizationHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(ofVerifiedToken(header.substring(7).trim()));
    }

    /** The Keycloak subject: an opaque, stable id of the person or service account. */
    public String subject() {
        return json.getString("sub", "");
    }

    public String username() {
        return json.getString("preferred_username", subject());
    }

    /** The client the token was issued to. */
    public String client() {
        return json.getString("azp", "");
    }

    public List<String> groups() {
        JsonValue groups = json.get("groups");
        if (groups == null || groups.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return strings(groups.asJsonArray());
    }

    /** The retailers whose groups the caller belongs to (a group {@code /retailers/acme} gives {@code acme}). */
    public List<String> retailers() {
        return groups().stream()
                .filter(g -> g.startsWith(RETAILER_GROUP_PREFIX))
                .map(g -> g.substring(RETAILER_GROUP_PREFIX.length()))
                .filter(r -> !r.isBlank() && !r.contains("/"))
                .toList();
    }

    /** The one retailer of the caller, if it belongs to exactly one. */
    public Optional<String> retailer() {
        List<String> retailers = retailers();
        return retailers.size() == 1 ? Optional.of(retailers.get(0)) : Optional.empty();
    }

    public List<String> realmRoles() {
        JsonObject access = json.getJsonObject("realm_access");
        return access == null || !access.containsKey("roles") ? List.of() : strings(access.getJsonArray("roles"));
    }

    public Optional<String> string(String claim) {
        JsonValue value = json.get(claim);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
}
