package io.lockernet.core.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The example adapter: a retailer whose systems take form-encoded POSTs ({@code application/x-www-form-urlencoded})
 * with field names of their own, authenticated by an API key in a header of their own. Settings:
 * <ul>
 * <li>{@code fields}: which of the message's values goes into which form field, e.g.
 * {@code {"type":"event","webhookId":"event_id","data.reference":"order_no","data.locker":"box"}}; the sources are
 * {@code type}, {@code webhookId}, {@code timestamp}, {@code sequence} and {@code data.<name>}. Left out, every value
 * goes under its own name ({@code type}, {@code webhook_id}, {@code timestamp}, {@code sequence}, and each data field).
 * A source the message lacks is left out of the form.</li>
 * <li>{@code apiKeyHeader} and {@code apiKey}: the header that carries the key (e.g. {@code X-Api-Key}) and the key,
 * both or neither. The key is never shown again.</li>
 * </ul>
 */
@ApplicationScoped
public class FormPostAdapter implements CallbackAdapter {

    public static final String NAME = "form-post";
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,60}");
    private static final Pattern SOURCE = Pattern.compile("type|webhookId|timestamp|sequence|data\\.[A-Za-z0-9_]{1,40}");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9-]{1,60}");
    private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "content-type", "content-length", "host",
            "webhook-id", "webhook-timestamp", "webhook-signature", "connection", "expect", "upgrade");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> secretSettings() {
        return Set.of("apiKey");
    }

    @Override
    public JsonObject checked(JsonObject settings) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        for (String key : settings.keySet()) {
            if (!Set.of("fields", "apiKeyHeader", "apiKey").contains(key)) {
                throw new IllegalArgumentException("form-post takes the settings fields, apiKeyHeader and apiKey; not '"
                        + key + "'");
            }
        }
        if (settings.containsKey("fields")) {
            if (settings.get("fields").getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("fields is an object of source to form field name");
            }
            JsonObject fields = settings.getJsonObject("fields");
            if (fields.isEmpty() || fields.size() > 30) {
                throw new IllegalArgumentException("fields maps 1 to 30 sources to form field names");
            }
            fields.forEach((source, field) -> {
                if (!SOURCE.matcher(source).matches()) {
                    throw new IllegalArgumentException("a source is type, webhookId, timestamp, sequence or "
                            + "data.<name>; not '" + source + "'");
                }
                if (!(field instanceof JsonString name) || !FIELD.matcher(name.getString()).matches()) {
                    throw new IllegalArgumentException("the form field for " + source + " is 1 to 60 letters, digits "
                            + "and _ . - [ ]");
                }
            });
            kept.add("fields", fields);
        }
        String header = text(settings, "apiKeyHeader");
        String key = text(settings, "apiKey");
        if ((header == null) != (key == null)) {
            throw new IllegalArgumentException("apiKeyHeader and apiKey go together");
        }
        if (header != null) {
            if (!HEADER.matcher(header).matches() || RESERVED_HEADERS.contains(header.toLowerCase())) {
                throw new IllegalArgumentException("apiKeyHeader is a header name of letters, digits and -, other than "
                        + "the ones the Core sets itself");
            }
            if (key.length() < 8 || key.length() > 200 || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new IllegalArgumentException("apiKey is 8 to 200 visible ASCII characters");
            }
            kept.add("apiKeyHeader", header).add("apiKey", key);
        }
        return kept.build();
    }

    @Override
    public Request request(Message message, JsonObject settings) {
        Map<String, String> values = values(message);
        Map<String, String> form = new LinkedHashMap<>();
        if (settings.containsKey("fields")) {
            settings.getJsonObject("fields").forEach((source, field) -> {
                String value = values.get(source);
                if (value != null) {
                    form.put(((JsonString) field).getString(), value);
                }
            });
        } else {
            values.forEach((source, value) -> form.put(source.equals("webhookId") ? "webhook_id"
                    : source.startsWith("data.") ? source.substring(5) : source, value));
        }
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        Map<String, String> headers = settings.containsKey("apiKeyHeader")
                ? Map.of(settings.getString("apiKeyHeader"), settings.getString("apiKey")) : Map.of();
        return new Request("application/x-www-form-urlencoded", body, headers);
    }

    /** The message's values by source name: type, webhookId, timestamp, sequence, data.* (text, numbers, booleans). */
    static Map<String, String> values(Message message) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonObject payload = message.payload();
        values.put("type", payload.getString("type", ""));
        values.put("webhookId", message.webhookId());
        values.put("timestamp", payload.getString("timestamp", ""));
        if (payload.containsKey("sequence")) {
            values.put("sequence", payload.get("sequence").toString());
        }
        JsonObject data = payload.getJsonObject("data");
        if (data != null) {
            data.forEach((name, value) -> {
                switch (value.getValueType()) {
                    case STRING -> values.put("data." + name, ((JsonString) value).getString());
                    case NUMBER, TRUE, FALSE -> values.put("data." + name, value.toString());
                    default -> { }
                }
            });
        }
        return values;
    }

    private static String text(JsonObject settings, String name) {
        if (!settings.containsKey(name) || settings.isNull(name)) {
            return null;
        }
        if (settings.get(name).getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException(name + " is a string");
        }
        return settings.getString(name);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
