package io.lockernet.simulator.demo;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * JSON calls to one API as one signed-in user (the staff API as a retailer's manager, the Core's courier area as a
 * courier): {@code Accept: application/json}, the user's bearer token (forgotten on a 401, so that the next call signs
 * in again), and the answer's status and body for the caller to judge with {@link #expect}.
 */
final class BearerCalls {

    private final HttpClient http;
    private final URI base;
    private final StaffToken token;

    BearerCalls(HttpClient http, URI base, StaffToken token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    Reply call(String method, String path, JsonStructure body, Duration timeout) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token.bearer());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                token.forget();
            }
            return new Reply(method + " " + uri, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new StaffApiException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StaffApiException(method + " " + uri + " interrupted", e);
        }
    }

    static Reply expect(Reply reply, int... statuses) {
        for (int status : statuses) {
            if (reply.status() == status) {
                return reply;
            }
        }
        throw new StaffApiException(reply.call() + ": HTTP " + reply.status() + " " + reason(reply.body()),
                reply.status());
    }

    /** The {@code detail} of a problem document, or the start of whatever else the body is. */
    private static String reason(String body) {
        String start = body.length() > 500 ? body.substring(0, 500) + "…" : body;
        try {
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            JsonValue detail = problem.getOrDefault("detail", JsonValue.NULL);
            return detail.getValueType() == JsonValue.ValueType.STRING ? problem.getString("detail") : start;
        } catch (JsonException e) {
            return start; // not a JSON object: the body itself says what there is to say
        }
    }

    static List<JsonObject> array(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readArray().stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).toList();
    }

    static JsonObject object(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Reply(String call, int status, String body) {
    }
}
