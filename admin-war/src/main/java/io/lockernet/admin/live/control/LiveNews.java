package io.lockernet.admin.live.control;

import io.lockernet.api.messaging.Headers;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * One piece of news for the operators' live channel, as the pages receive it: a JSON object whose {@code type} is the
 * state topic's subject and whose {@code locker} says whom it may reach ({@link Reach}).
 *
 * @param type   {@link Headers.Subject#LINK}, {@link Headers.Subject#COMPARTMENT},
 *               {@link Headers.Subject#OPERATOR_ALARM}, {@link Headers.Subject#TICKET} or {@link Headers.Subject#IMPULSE}
 * @param locker the locker it is about; null for an alarm about something other than a locker
 * @param json   what is pushed
 */
public record LiveNews(String type, String locker, String json) {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** {@code {"type":"link","locker":…,"online":true}} */
    public static LiveNews link(String locker, boolean online) {
        return news(Headers.Subject.LINK, locker, JSON.createObjectBuilder().add("online", online));
    }

    /** {@code {"type":"compartment","locker":…,"compartment":…,"state":…}} */
    public static LiveNews compartment(String locker, String compartment, String state) {
        return news(Headers.Subject.COMPARTMENT, locker, JSON.createObjectBuilder()
                .add("compartment", orNull(compartment)).add("state", orNull(state)));
    }

    /**
     * {@code {"type":"operator-alarm","locker":…|null,"compartment":…|null,"alarm":"DOOR_FORCED","id":42|null}}: the
     * alarm's kind and id, never its detail (the alarms page shows that to whoever may read it).
     */
    public static LiveNews alarm(String locker, String compartment, String kind, Long id) {
        return news(Headers.Subject.OPERATOR_ALARM, locker, JSON.createObjectBuilder()
                .add("compartment", orNull(compartment)).add("alarm", orNull(kind))
                .add("id", id == null ? JsonValue.NULL : JSON.createValue(id)));
    }

    /** {@code {"type":"ticket","locker":…,"ticket":3|null}}: a ticket about the locker changed; never its text. */
    public static LiveNews ticket(String locker, Long ticket) {
        return news(Headers.Subject.TICKET, locker, JSON.createObjectBuilder()
                .add("ticket", ticket == null ? JsonValue.NULL : JSON.createValue(ticket)));
    }

    /** {@code {"type":"impulse","locker":…,"compartment":…,"state":"DONE"}}: an impulse at the locker moved on. */
    public static LiveNews impulse(String locker, String compartment, String state) {
        return news(Headers.Subject.IMPULSE, locker, JSON.createObjectBuilder()
                .add("compartment", orNull(compartment)).add("state", orNull(state)));
    }

    private static LiveNews news(String type, String locker, JsonObjectBuilder fields) {
        return new LiveNews(type, locker, JSON.createObjectBuilder().add("type", type).add("locker", orNull(locker))
                .addAll(fields).build().toString());
    }

    private static JsonValue orNull(String text) {
        return text == null ? JsonValue.NULL : JSON.createValue(text);
    }
}
