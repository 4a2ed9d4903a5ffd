package io.lockernet.api.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON binding that takes a body at its word: a property the operation does not know is an error (a misspelt optional
 * field would otherwise be dropped without a word), a whole number must be a JSON number without a fraction
 * ({@code "60"} and {@code 1.5} are refused, not turned into 60 and 1), and a boolean must be {@code true} or
 * {@code false}. The rules hold for {@code Integer}, {@code Long} and {@code Boolean}: request documents use those,
 * not primitives, which the binding does not let us check.
 */
public class StrictJsonb implements ContextResolver<Jsonb> {

    static final String EXPECTED_WHOLE_NUMBER = "expected a whole number in range";
    static final String EXPECTED_BOOLEAN = "expected true or false";

    /** Yasson's switch for unknown properties. */
    static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN, true)
            .withDeserializers(new WholeInt(), new WholeLong(), new StrictBoolean()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** An int from a JSON number without a fraction, in range; anything else is refused. */
    static final class WholeInt implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::intValueExact);
        }
    }

    /** A long from a JSON number without a fraction, in range; anything else is refused. */
    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::longValueExact);
        }
    }

    /** The value as a whole number, converted exactly (the conversion throws when it is out of range). */
    private static <T> T whole(JsonParser parser, Function<BigDecimal, T> exactly) {
        if (parser.getValue() instanceof JsonNumber number && number.isIntegral()) {
            try {
                return exactly.apply(number.bigDecimalValue());
            } catch (ArithmeticException outOfRange) {
                throw new JsonbException(EXPECTED_WHOLE_NUMBER);
            }
        }
        throw new JsonbException(EXPECTED_WHOLE_NUMBER);
    }

    /** A boolean from JSON true or false, not from a string. */
    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new JsonbException(EXPECTED_BOOLEAN);
        }
    }
}
