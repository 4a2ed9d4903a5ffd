package io.lockernet.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.problem.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonbTest {

    public record Sample(String locker, Long ttlSeconds, Integer quantity, Boolean low) {
    }

    private final Jsonb jsonb = new StrictJsonb().getContext(Sample.class);

    @Test
    void aWellTypedBodyBinds() {
        Sample sample = jsonb.fromJson("{\"locker\":\"L-1\",\"ttlSeconds\":60,\"quantity\":2,\"low\":true}", Sample.class);
        assertEquals(new Sample("L-1", 60L, 2, true), sample);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ttlSeconds\":\"60\"}", "{\"ttlSeconds\":1.5}", "{\"quantity\":\"2\"}",
            "{\"quantity\":2.5}", "{\"quantity\":99999999999}", "{\"ttlSeconds\":true}", "{\"low\":\"true\"}", "{\"low\":1}"})
    void aNumberThatIsNotAWholeNumberIsRefusedNamingTheProperty(String body) {
        JsonbException refused = assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Sample.class));
        Problem problem = Problems.ofPlatform(refused).orElseThrow();
        assertEquals(400, problem.status());
        String property = body.substring(2, body.indexOf('"', 2));
        assertTrue(problem.detail().contains("'" + property + "'"), problem.detail());
        assertNamesNoClass(problem);
    }

    @Test
    void anUnknownPropertyIsRefusedByName() {
        JsonbException refused = assertThrows(JsonbException.class,
                () -> jsonb.fromJson("{\"locker\":\"L-1\",\"ttlSecond\":60}", Sample.class));
        Problem problem = Problems.ofPlatform(refused).orElseThrow();
        assertTrue(problem.detail().contains("'ttlSecond'"), problem.detail());
        assertNamesNoClass(problem);
    }

    private static void assertNamesNoClass(Problem problem) {
        assertFalse(problem.detail().matches("(?s).*\\b(java|jakarta|org|io)\\.\\w+.*"), problem.detail());
        assertFalse(problem.detail().contains("Sample"), problem.detail());
    }
}
