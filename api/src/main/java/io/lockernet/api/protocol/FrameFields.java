package io.lockernet.api.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The fields of a frame as {@link MessageCodec} reads them: each reader takes a field only as the protocol allows it
 * and refuses anything else with a {@link MalformedMessageException} that names the field.
 */
final class FrameFields {

    private FrameFields() {
    }

    static java.util.List<CompartmentInfo> compartments(JsonObject json) {
        JsonValue value = json.get("compartments");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new MalformedMessageException("field 'compartments' must be an array");
        }
        JsonArray array = value.asJsonArray();
        return array.stream().map(item -> {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedMessageException("each compartment must be an object");
            }
            JsonObject c = item.asJsonObject();
            return new CompartmentInfo(string(c, "name"), string(c, "size"), optionalBool(c, "doorOpen"),
                    optionalBool(c, "occupied"));
        }).toList();
    }

    /** The {@code seqs} of an ack: 1 to 1,000 whole numbers. */
    static java.util.List<Long> seqs(JsonObject json) {
        JsonValue value = json.get("seqs");
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > 1000) {
            throw new MalformedMessageException("field 'seqs' must be an array of 1 to 1000 sequence numbers");
        }
        java.util.List<Long> seqs = new java.util.ArrayList<>(array.size());
        for (JsonValue element : array) {
            if (!(element instanceof jakarta.json.JsonNumber number) || !number.isIntegral()) {
                throw new MalformedMessageException("field 'seqs' must hold whole numbers");
            }
            seqs.add(number.longValueExact());
        }
        return seqs;
    }

    static String string(JsonObject json, String field) {
        String value = optionalString(json, field);
        return value == null || value.isBlank() ? fail("missing field '" + field + "'") : value;
    }

    static String optionalString(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new MalformedMessageException("field '" + field + "' must be a string");
        }
        return json.getString(field);
    }

    /** A pickup code: 4 to 12 digits, nothing else, so that a keypad frame cannot carry anything but a code. */
    static String code(JsonObject json) {
        String code = string(json, "code");
        if (!code.matches("[0-9]{4,12}")) {
            throw new MalformedMessageException("field 'code' must be 4 to 12 digits");
        }
        return code;
    }

    static boolean bool(JsonObject json, String field) {
        Boolean value = optionalBool(json, field);
        return value == null ? fail("missing field '" + field + "'") : value;
    }

    static Boolean optionalBool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new MalformedMessageException("field '" + field + "' must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    static Double optionalDouble(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new MalformedMessageException("field '" + field + "' must be a number");
        }
        return json.getJsonNumber(field).doubleValue();
    }

    static Integer optionalInteger(JsonObject json, String field) {
        Long value = optionalLong(json, field);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new MalformedMessageException("field '" + field + "' is out of range");
        }
        return value == null ? null : value.intValue();
    }

    static Long optionalLong(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return longValue(json, field);
    }

    static int integer(JsonObject json, String field) {
        long value = longValue(json, field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new MalformedMessageException("field '" + field + "' is out of range");
        }
        return (int) value;
    }

    static long longValue(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER
                || !json.getJsonNumber(field).isIntegral()) {
            throw new MalformedMessageException("field '" + field + "' must be an integer");
        }
        try {
            return json.getJsonNumber(field).longValueExact();
        } catch (ArithmeticException e) {
            // a number that does not fit would otherwise wrap around (4294967297 would read as version 1)
            throw new MalformedMessageException("field '" + field + "' is out of range");
        }
    }

    static Instant instant(JsonObject json, String field) {
        String value = string(json, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedMessageException("field '" + field + "' must be an ISO-8601 instant, got '" + value + "'");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonObject json, String field) {
        String value = string(json, field);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("field '" + field + "' has unknown value '" + value + "'");
        }
    }

    static <T> T fail(String message) {
        throw new MalformedMessageException(message);
    }
}
