package io.lockernet.core.callback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormPostAdapterTest {

    private final FormPostAdapter adapter = new FormPostAdapter();
    private final CallbackAdapter.Message message = new CallbackAdapter.Message("msg_1", Instant.EPOCH,
            Json.createObjectBuilder().add("type", "parcel.deposited").add("timestamp", "2026-12-03T10:00:00Z")
                    .add("sequence", 42).add("data", Json.createObjectBuilder().add("reference", "A 1&2")
                            .add("locker", "L-0001").add("nested", Json.createObjectBuilder())).build());

    @Test
    void mappedFieldsOnlyUnderTheRetailersNamesWithTheKeyInItsHeader() {
        JsonObject settings = adapter.checked(Json.createObjectBuilder()
                .add("fields", Json.createObjectBuilder().add("type", "event").add("data.reference", "order_no")
                        .add("data.missing", "gone"))
                .add("apiKeyHeader", "X-Api-Key").add("apiKey", "secret-key-1").build());
        CallbackAdapter.Request request = adapter.request(message, settings);
        assertEquals("event=parcel.deposited&order_no=A+1%262", request.body());
        assertEquals("application/x-www-form-urlencoded", request.contentType());
        assertEquals(Map.of("X-Api-Key", "secret-key-1"), request.headers());
    }

    @Test
    void withoutFieldsEveryPlainValueGoesUnderItsOwnName() {
        CallbackAdapter.Request request = adapter.request(message, adapter.checked(Json.createObjectBuilder().build()));
        assertEquals("type=parcel.deposited&webhook_id=msg_1&timestamp=2026-12-03T10%3A00%3A00Z&sequence=42"
                + "&reference=A+1%262&locker=L-0001", request.body());
        assertEquals(Map.of(), request.headers());
    }

    @Test
    void settingsItDoesNotTakeAreRefusedWithAReason() {
        for (JsonObject wrong : new JsonObject[] {
                Json.createObjectBuilder().add("apiKey", "secret-key-1").build(),
                Json.createObjectBuilder().add("apiKeyHeader", "webhook-signature").add("apiKey", "secret-key-1")
                        .build(),
                Json.createObjectBuilder().add("apiKeyHeader", "X-Key\r\nX-Evil").add("apiKey", "secret-key-1").build(),
                Json.createObjectBuilder().add("apiKeyHeader", "X-Key").add("apiKey", "short").build(),
                Json.createObjectBuilder().add("apiKeyHeader", "X-Key").add("apiKey", "with space ok?").build(),
                Json.createObjectBuilder().add("fields", "type").build(),
                Json.createObjectBuilder().add("fields", Json.createObjectBuilder()).build(),
                Json.createObjectBuilder().add("fields", Json.createObjectBuilder().add("payload", "p")).build(),
                Json.createObjectBuilder().add("fields", Json.createObjectBuilder().add("type", 1)).build(),
                Json.createObjectBuilder().add("url", "https://elsewhere.example").build()}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> adapter.checked(wrong), wrong.toString());
            assertEquals(false, refused.getMessage().isBlank());
        }
    }
}
