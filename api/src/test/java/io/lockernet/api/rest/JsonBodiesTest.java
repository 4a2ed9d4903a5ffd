package io.lockernet.api.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BadRequestException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"zzz\":[", "{\"zzz\":{", "{\"zzz\":[[[{\"a\":", "{\"locker\":\"L-1\",\"zzz\":[1,2",
            "{", "[", "{\"a\":", "{\"a\":\"b", "{\"a\":1,", "{\"a\":1}}", "{} {}", "hello", "nul", "{\"a\":tru"})
    void aTruncatedOrBrokenBodyIsRefusedAtOnce(String body) {
        // the binding's own skip of such bodies never ends (Parsson #23); the check must end, and refuse
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThrows(BadRequestException.class, () -> JsonBodies.checkComplete(bytes(body))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}", "[]", "\"x\"", "42", " {\"a\":true} "})
    void aCompleteBodyPasses(String body) {
        assertDoesNotThrow(() -> JsonBodies.checkComplete(bytes(body)));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WithoutReadingItAll() {
        byte[] big = new byte[JsonBodies.MAX_BYTES * 10];
        BodyTooLargeException refused = assertThrows(BodyTooLargeException.class,
                () -> JsonBodies.readBounded(new ByteArrayInputStream(big)));
        assertEquals(413, refused.getResponse().getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "text/json", "application/problem+json"})
    void everyJsonMediaTypeIsChecked(String type) {
        assertTrue(JsonBodies.isJson(jakarta.ws.rs.core.MediaType.valueOf(type)), type);
    }

    @Test
    void nestingDeeperThanTheParserAllowsIsRefused() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThrows(BadRequestException.class, () -> JsonBodies.checkComplete(bytes(deep))));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
