package io.lockernet.api.oidc;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The claims of the caller's access token, taken only from the principal the container has authenticated: the token
 * whose signature, issuer, audience and expiry the container checked. There is deliberately no way to build these
 * claims from a request header: a second, unverified parse of {@code Authorization} is how one retailer once read
 * another's lockers (two headers, the container checking one and the application reading the other).
 */
public final class TokenClaims {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String RETAILER_GROUP_PREFIX = "/retailers/";
    private static final String STORES = "/stores/";
    private static final String STORES_SEGMENT = "stores";
    private static final String REGION_GROUP_PREFIX = "/regions/";
    private static final String CARRIER_GROUP_PREFIX = "/carriers/";

    private final JsonObject json;

    private TokenClaims(JsonObject json) {
        this.json = json;
    }

    /** The claims of the signed-in caller (bearer call or browser session), from the token the server verified. */
    public static TokenClaims of(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return ofPayload(payloadOf(oidc.getOidcSecurityContext().getTokenString()));
        }
        throw new NotSignedInException();
    }

    /** For tests of the reading rules only: the claims as if a verified token carried them. */
    static TokenClaims ofPayload(JsonObject payload) {
        return new TokenClaims(payload);
    }

    private static JsonObject payloadOf(String verifiedJwt) {
        String[] parts = verifiedJwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (var reader = JSON.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
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

    /**
     * The retailers the caller belongs to as a whole: a group {@code /retailers/acme} gives {@code acme}. A store's
     * group does not count here (see {@link #storeRetailers()}): what serves every store (Partner Admin, the Core's
     * partner area) asks for this.
     */
    public List<String> retailers() {
        return groups().stream()
                .filter(g -> g.startsWith(RETAILER_GROUP_PREFIX))
                .map(g -> g.substring(RETAILER_GROUP_PREFIX.length()))
                .filter(r -> !r.isBlank() && !r.contains("/"))
                .toList();
    }

    /**
     * The retailers of whose stores the caller serves at least one: a store's group
     * {@code /retailers/acme/stores/acme-springfield} gives {@code acme} (only a well-formed one: one store name).
     */
    public List<String> storeRetailers() {
        return groups().stream()
                .filter(g -> g.startsWith(RETAILER_GROUP_PREFIX))
                .map(g -> g.substring(RETAILER_GROUP_PREFIX.length()).split("/", -1))
                .filter(parts -> parts.length == 3 && STORES_SEGMENT.equals(parts[1]) && !parts[0].isBlank()
                        && !parts[2].isBlank())
                .map(parts -> parts[0])
                .distinct()
                .toList();
    }

    /**
     * The stores of {@code retailer} the caller serves, when it serves only some: the groups
     * {@code /retailers/<retailer>/stores/<store>} it belongs to. Empty when it belongs to the retailer's own group
     * ({@code /retailers/<retailer>}: every store of the retailer, as head-office staff and the retailer's service
     * accounts do).
     */
    public Optional<Set<String>> stores(String retailer) {
        String whole = RETAILER_GROUP_PREFIX + retailer;
        List<String> groups = groups();
        if (groups.contains(whole)) {
            return Optional.empty();
        }
        String prefix = whole + STORES;
        return Optional.of(groups.stream()
                .filter(g -> g.startsWith(prefix))
                .map(g -> g.substring(prefix.length()))
                .filter(s -> !s.isBlank() && !s.contains("/"))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The regions whose lockers the caller looks after: a group {@code /regions/north} gives {@code north}. An
     * installer or a fleet operator works in these only.
     */
    public Set<String> regions() {
        return groups().stream()
                .filter(g -> g.startsWith(REGION_GROUP_PREFIX))
                .map(g -> g.substring(REGION_GROUP_PREFIX.length()))
                .filter(r -> !r.isBlank() && !r.contains("/"))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The carrier the caller drives for, if it belongs to exactly one: a group {@code /carriers/swift} gives
     * {@code swift}. A courier sees and opens only what is consigned to that carrier.
     */
    public Optional<String> carrier() {
        List<String> carriers = groups().stream()
                .filter(g -> g.startsWith(CARRIER_GROUP_PREFIX))
                .map(g -> g.substring(CARRIER_GROUP_PREFIX.length()))
                .filter(c -> !c.isBlank() && !c.contains("/"))
                .toList();
        return carriers.size() == 1 ? Optional.of(carriers.get(0)) : Optional.empty();
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

    /** When the verified token expires ({@code exp}); empty for a token without one. */
    public Optional<Instant> expiresAt() {
        JsonValue exp = json.get("exp");
        return exp instanceof JsonNumber n ? Optional.of(Instant.ofEpochSecond(n.longValue())) : Optional.empty();
    }

    public Optional<String> string(String claim) {
        JsonValue value = json.get(claim);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }

    /** Asked for the claims of a caller the container has not authenticated through OIDC. */
    public static class NotSignedInException extends IllegalStateException {
        NotSignedInException() {
            super("not signed in through OIDC");
        }
    }
}
