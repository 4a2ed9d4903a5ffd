package io.lockernet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Keycloak's admin REST API, with the local demo's bootstrap administrator (admin/admin, demo only). */
final class KeycloakAdmin {

    private static final String BASE = "http://localhost:8180";

    private KeycloakAdmin() {
    }

    /**
     * Sets the access-token lifespan of one client (blank: the realm's lifespan applies, as when none was set);
     * returns the lifespan it had.
     */
    static String tokenLifespan(String clientId, String seconds) {
        String token = adminToken();
        String clients = BASE + "/admin/realms/lockernet/clients";
        JsonObject client = Http.get(clients + "?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), token)
                .structure().asJsonArray().getJsonObject(0);
        JsonObject attributes = client.getJsonObject("attributes");
        String before = attributes.getString("access.token.lifespan", "");
        JsonObject changed = Json.createObjectBuilder(client)
                .add("attributes", Json.createObjectBuilder(attributes).add("access.token.lifespan", seconds))
                .build();
        Http.Reply reply = Http.putJson(clients + "/" + client.getString("id"), token, changed);
        if (reply.status() != 204) {
            throw new IllegalStateException("Keycloak refused the change: " + reply.status() + " " + reply.body());
        }
        return before;
    }

    /**
     * Creates a user with password {@link Demo#PASSWORD}, the given realm role, in the group at the given path (e.g.
     * {@code /retailers/acme}); returns its Keycloak id.
     */
    static String createUser(String username, String realmRole, String groupPath) {
        String token = adminToken();
        String users = BASE + "/admin/realms/lockernet/users";
        Http.Reply created = Http.postJson(users, token, Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("email", username + "@example.test").add("firstName", "Test").add("lastName", username)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", Demo.PASSWORD).add("temporary", false)))
                .build());
        if (created.status() != 201) {
            throw new IllegalStateException("Keycloak refused the user: " + created.status() + " " + created.body());
        }
        String id = Http.get(users + "?exact=true&username=" + username, token).structure().asJsonArray()
                .getJsonObject(0).getString("id");
        JsonObject role = Http.get(BASE + "/admin/realms/lockernet/roles/" + realmRole, token).json();
        Http.Reply mapped = Http.postJsonText(users + "/" + id + "/role-mappings/realm", token,
                Json.createArrayBuilder().add(role).build().toString());
        if (mapped.status() != 204) {
            throw new IllegalStateException("Keycloak refused the role: " + mapped.status() + " " + mapped.body());
        }
        String group = Http.get(BASE + "/admin/realms/lockernet/group-by-path" + groupPath, token).json().getString("id");
        Http.Reply joined = Http.putJson(users + "/" + id + "/groups/" + group, token, Json.createObjectBuilder().build());
        if (joined.status() != 204) {
            throw new IllegalStateException("Keycloak refused the group: " + joined.status() + " " + joined.body());
        }
        return id;
    }

    /** The realm's recorded sign-in events of this type (e.g. LOGIN_ERROR), newest first. */
    static jakarta.json.JsonArray events(String type) {
        return Http.get(BASE + "/admin/realms/lockernet/events?max=200&type=" + type, adminToken()).structure()
                .asJsonArray();
    }

    static void deleteUser(String id) {
        Http.delete(BASE + "/admin/realms/lockernet/users/" + id, adminToken());
    }

    /** The secret Keycloak generated for a confidential client. */
    static String clientSecret(String clientId) {
        String token = adminToken();
        String clients = BASE + "/admin/realms/lockernet/clients";
        JsonObject client = Http.get(clients + "?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), token)
                .structure().asJsonArray().getJsonObject(0);
        return Http.get(clients + "/" + client.getString("id") + "/client-secret", token).json().getString("value");
    }

    /** A token of the master realm's demo administrator (for tests of tokens from another realm). */
    static String masterToken() {
        return adminToken();
    }

    private static String adminToken() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new java.io.StringReader(response.body())).readObject().getString("access_token");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
