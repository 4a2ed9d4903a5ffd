package io.lockernet.core.callback.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * Turns an event into the request a retailer's systems take, for a retailer whose systems speak their own protocol.
 * An endpoint chooses one by {@link #name()}, with settings of the adapter's own (field names, an API key); without
 * one, it gets the Standard Webhooks JSON. Whatever the adapter makes, the Core signs its body as a Standard Webhook
 * (the {@code webhook-*} headers), retries it, and logs it as any other. An adapter is a CDI bean in the callback area:
 * adding one is adding a class.
 */
public interface CallbackAdapter {

    /** The name an endpoint chooses it by, e.g. {@code form-post}. */
    String name();

    /**
     * The settings as kept, after checking them; an {@link IllegalArgumentException} says what is wrong. Settings named
     * in {@link #secretSettings()} are kept but never shown again.
     */
    JsonObject checked(JsonObject settings);

    /** Settings that are secrets (an API key): shown as {@code "set"} in every answer after the one that sets them. */
    default java.util.Set<String> secretSettings() {
        return java.util.Set.of();
    }

    /** The request for one message: its content type, body and any headers of the adapter's own. */
    Request request(Message message, JsonObject settings);

    /**
     * One message: the Standard Webhooks payload ({@code type}, {@code timestamp}, {@code sequence}, {@code data}) and
     * its id and time.
     */
    record Message(String webhookId, Instant timestamp, JsonObject payload) {
    }

    /** What goes over the wire: the body and its content type, and headers of the adapter's own. */
    record Request(String contentType, String body, Map<String, String> headers) {
    }
}
