package io.lockernet.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the realm JSON that {@code ./lockernet} imports once it has filled in the secrets it generated: every
 * confidential client's secret and every demo user's password is a placeholder, never a value.
 */
class RealmDefinitionTest {

    private static final String REALM_RESOURCE = "/lockernet-realm.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final String DEMO_PASSWORD = "${lockernet.demo-password}";
    private static final List<String> RETAILERS = List.of("acme", "bravo");
    private static final List<String> SHEPHERDS = List.of("1", "2");
    private static final String LOCKER_CLIENT_PREFIX = "locker-";

    private static String realmText;
    private static JsonObject realm;

    @BeforeAll
    static void load() throws IOException {
        realmText = readResource(REALM_RESOURCE);
        try (JsonReader reader = Json.createReader(new StringReader(realmText))) {
            realm = reader.readObject();
        }
    }

    private static String readResource(String name) throws IOException {
        try (InputStream in = RealmDefinitionTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theOnlyPlaceholdersAreTheSecretsTheLauncherGenerates() {
        Matcher placeholder = PLACEHOLDER.matcher(realmText);
        Set<String> names = new HashSet<>();
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        Set<String> secrets = clientsById().values().stream().filter(c -> !c.getBoolean("publicClient", false))
                .map(c -> "lockernet.secret." + c.getString("clientId")).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(secrets);
        expected.add("lockernet.demo-password");
        assertEquals(expected, names, "a placeholder for each confidential client's secret and the demo password");
    }

    @Test
    void realmIsTheLockernetRealm() {
        assertEquals("lockernet", realm.getString("realm"));
        assertTrue(realm.getBoolean("enabled"));
        assertEquals("external", realm.getString("sslRequired"));
        assertFalse(realm.getBoolean("registrationAllowed"));
        // what the apps record of a person (emergency opens, the privacy log) is the username: it never changes
        assertFalse(realm.getBoolean("editUsernameAllowed"));
        assertTrue(realm.getBoolean("bruteForceProtected"));
    }

    @Test
    void builtInClientScopesAreNotReplaced() {
        assertFalse(realm.containsKey("clientScopes"), "clientScopes would replace Keycloak's built-in scopes");
        assertFalse(realm.containsKey("defaultDefaultClientScopes"));
        assertFalse(realm.getJsonObject("roles").containsKey("client"));
    }

    @Test
    void noSecretOrPasswordIsWrittenIntoTheRealm() {
        for (JsonObject client : clientsById().values()) {
            if (!client.getBoolean("publicClient", false)) {
                assertEquals("${lockernet.secret." + client.getString("clientId") + "}", client.getString("secret"),
                        "secret of " + client.getString("clientId"));
            }
        }
        for (JsonObject user : realm.getJsonArray("users").getValuesAs(JsonObject.class)) {
            JsonArray credentials = user.containsKey("credentials") ? user.getJsonArray("credentials")
                    : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonObject credential : credentials.getValuesAs(JsonObject.class)) {
                assertEquals(DEMO_PASSWORD, credential.getString("value"), "password of " + user.getString("username"));
            }
        }
    }

    @Test
    void clientIdsAreUnique() {
        List<String> ids = clients().stream().map(c -> c.getString("clientId")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate clientId in " + ids);
    }

    @Test
    void everyRealmRoleHasADescription() {
        JsonArray roles = realm.getJsonObject("roles").getJsonArray("realm");
        assertFalse(roles.isEmpty());
        for (JsonObject role : roles.getValuesAs(JsonObject.class)) {
            String description = role.getString("description", "");
            assertFalse(description.isBlank(), "realm role " + role.getString("name") + " has no description");
        }
    }

    @Test
    void everyUserRealmRoleIsDefined() {
        Set<String> defined = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("name")).collect(Collectors.toSet());
        defined.add("default-roles-lockernet");
        for (JsonObject user : users()) {
            for (String role : strings(user, "realmRoles")) {
                assertTrue(defined.contains(role), user.getString("username") + " has undefined role " + role);
            }
        }
    }

    @Test
    void everyDemoHumanUserHasNameEmailAndPassword() {
        List<JsonObject> humans = humanUsers();
        assertFalse(humans.isEmpty());
        for (JsonObject user : humans) {
            String username = user.getString("username");
            assertFalse(user.getString("firstName", "").isBlank(), username + " firstName");
            assertFalse(user.getString("lastName", "").isBlank(), username + " lastName");
            assertEquals(username + "@demo.lockernet.invalid", user.getString("email", ""), username + " email");
            assertTrue(user.getBoolean("enabled", false), username + " enabled");
            JsonArray credentials = user.getJsonArray("credentials");
            assertNotNull(credentials, username + " has no credentials");
            boolean hasPassword = credentials.getValuesAs(JsonObject.class).stream()
                    .anyMatch(c -> "password".equals(c.getString("type", ""))
                            && !c.getString("value", "").isEmpty()
                            && !c.getBoolean("temporary", true));
            assertTrue(hasPassword, username + " has no permanent password credential");
            assertTrue(strings(user, "requiredActions").isEmpty(), username + " has required actions");
        }
    }

    @Test
    void retailerUsersAreInTheirOwnRetailerGroupOrItsStoresOnly() {
        for (String retailer : RETAILERS) {
            String ownGroup = "/retailers/" + retailer;
            String ownStores = ownGroup + "/stores/";
            List<JsonObject> retailerUsers = users().stream()
                    .filter(u -> u.getString("username").startsWith(retailer + "-")
                            || u.getString("username").equals("service-account-partner-" + retailer))
                    .toList();
            assertFalse(retailerUsers.isEmpty(), "no users for retailer " + retailer);
            for (JsonObject user : retailerUsers) {
                List<String> groups = strings(user, "groups");
                String username = user.getString("username");
                assertTrue(groups.contains(ownGroup) || groups.stream().anyMatch(g -> g.startsWith(ownStores)),
                        username + " is neither in " + ownGroup + " nor in one of its stores");
                for (String other : RETAILERS) {
                    if (!other.equals(retailer)) {
                        assertFalse(groups.stream().anyMatch(g -> g.equals("/retailers/" + other)
                                || g.startsWith("/retailers/" + other + "/")), username + " is in /retailers/" + other);
                    }
                }
            }
        }
    }

    @Test
    void signInEventsAreKeptForAMonth() {
        assertTrue(realm.getBoolean("eventsEnabled", false), "Keycloak records sign-in events");
        assertTrue(realm.getBoolean("adminEventsEnabled", false), "and changes made by administrators");
        assertTrue(realm.getJsonNumber("eventsExpiration").longValue() >= 30L * 24 * 3600, "for at least 30 days");
    }

    /** The lifetimes docs/security.md (Sessions) promises, set in the realm rather than left to Keycloak's defaults. */
    @Test
    void sessionsEndAsDocumented() {
        assertEquals(300, realm.getInt("accessTokenLifespan"), "an access token lives 5 minutes");
        assertEquals(30 * 60, realm.getInt("ssoSessionIdleTimeout"), "a sign-in ends after 30 idle minutes");
        assertEquals(10 * 3600, realm.getInt("ssoSessionMaxLifespan"), "and after 10 hours (a shift) at most");
        assertEquals(30 * 24 * 3600, realm.getInt("offlineSessionIdleTimeout"), "an offline token, unused, 30 days");
        assertTrue(realm.getBoolean("offlineSessionMaxLifespanEnabled"), "an offline token has a maximum lifetime");
        assertEquals(60 * 24 * 3600, realm.getInt("offlineSessionMaxLifespan"), "of 60 days");
    }

    @Test
    void everyUserGroupExists() {
        Set<String> paths = new HashSet<>();
        collectGroupPaths(realm.getJsonArray("groups"), "", paths);
        assertTrue(paths.containsAll(RETAILERS.stream().map(r -> "/retailers/" + r).toList()), "groups " + paths);
        for (JsonObject user : users()) {
            for (String group : strings(user, "groups")) {
                assertTrue(paths.contains(group), user.getString("username") + " is in unknown group " + group);
            }
        }
    }

    @Test
    void partnerAndShepherdClientsHaveCoreAudience() {
        Map<String, JsonObject> clients = clientsById();
        for (String retailer : RETAILERS) {
            assertHasClientAudience(clients, "partner-" + retailer, "lockernet-core");
        }
        for (String shepherd : SHEPHERDS) {
            assertHasClientAudience(clients, "shepherd-" + shepherd, "lockernet-core");
        }
    }

    @Test
    void lockerIdClaimEqualsClientIdSuffix() {
        List<JsonObject> lockers = clients().stream()
                .filter(c -> c.getString("clientId").startsWith(LOCKER_CLIENT_PREFIX))
                .toList();
        assertEquals(6, lockers.size(), "demo locker clients");
        for (JsonObject locker : lockers) {
            String clientId = locker.getString("clientId");
            String expected = clientId.substring(LOCKER_CLIENT_PREFIX.length());
            JsonObject config = mappers(locker).stream()
                    .filter(m -> "oidc-hardcoded-claim-mapper".equals(m.getString("protocolMapper")))
                    .map(m -> m.getJsonObject("config"))
                    .filter(c -> "locker_id".equals(c.getString("claim.name", null)))
                    .findFirst()
                    .orElseGet(() -> fail(clientId + " has no locker_id claim mapper"));
            assertEquals(expected, config.getString("claim.value"), "locker_id of " + clientId);
            assertEquals("true", config.getString("access.token.claim"), "locker_id in access token of " + clientId);
        }
    }

    @Test
    void everyServiceAccountClientHasAServiceAccountUser() {
        Set<String> withServiceAccount = clients().stream()
                .filter(c -> c.getBoolean("serviceAccountsEnabled", false))
                .map(c -> c.getString("clientId"))
                .collect(Collectors.toSet());
        Set<String> linked = users().stream()
                .filter(u -> u.containsKey("serviceAccountClientId"))
                .map(u -> {
                    String clientId = u.getString("serviceAccountClientId");
                    assertEquals("service-account-" + clientId, u.getString("username"));
                    return clientId;
                })
                .collect(Collectors.toSet());
        assertEquals(withServiceAccount, linked);
    }

    private static void assertHasClientAudience(Map<String, JsonObject> clients, String clientId, String audience) {
        JsonObject client = clients.get(clientId);
        assertNotNull(client, "missing client " + clientId);
        boolean found = mappers(client).stream()
                .filter(m -> "oidc-audience-mapper".equals(m.getString("protocolMapper")))
                .map(m -> m.getJsonObject("config"))
                .anyMatch(c -> audience.equals(c.getString("included.client.audience", null))
                        && "true".equals(c.getString("access.token.claim", null)));
        assertTrue(found, clientId + " has no access-token audience mapper for " + audience);
    }

    private static void collectGroupPaths(JsonArray groups, String parent, Set<String> paths) {
        if (groups == null) {
            return;
        }
        for (JsonObject group : groups.getValuesAs(JsonObject.class)) {
            String path = parent + "/" + group.getString("name");
            paths.add(path);
            collectGroupPaths(group.getJsonArray("subGroups"), path, paths);
        }
    }

    private static List<JsonObject> clients() {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class);
    }

    private static Map<String, JsonObject> clientsById() {
        Map<String, JsonObject> byId = new TreeMap<>();
        for (JsonObject client : clients()) {
            byId.put(client.getString("clientId"), client);
        }
        return byId;
    }

    private static List<JsonObject> users() {
        return realm.getJsonArray("users").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> humanUsers() {
        return users().stream().filter(u -> !u.containsKey("serviceAccountClientId")).toList();
    }

    private static List<JsonObject> mappers(JsonObject client) {
        JsonArray mappers = client.getJsonArray("protocolMappers");
        return mappers == null ? List.of() : mappers.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject object, String key) {
        JsonArray array = object.getJsonArray(key);
        if (array == null) {
            return List.of();
        }
        return array.stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
