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

    /** Sets the access-token lifespan of one client; returns the lifespan it had. */
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

    /** The secret Keycloak generated for a confidential client. */
    static String clientSecret(String clientId) {
        String token = adminToken();
        String clients = BASE + "/admin/realms/lockernet/clients";
        JsonObject client = Http.get(clients + "?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), token)
                .structure().asJsonArray().getJsonObject(0);
        return Http.get(clients + "/" + client.getString("id") + "/client-secret", token).json().getString("value");
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
