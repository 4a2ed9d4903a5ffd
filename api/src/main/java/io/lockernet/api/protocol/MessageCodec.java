package io.lockernet.api.protocol;

import static io.lockernet.api.protocol.FrameFields.bool;
import static io.lockernet.api.protocol.FrameFields.code;
import static io.lockernet.api.protocol.FrameFields.compartments;
import static io.lockernet.api.protocol.FrameFields.enumValue;
import static io.lockernet.api.protocol.FrameFields.fail;
import static io.lockernet.api.protocol.FrameFields.instant;
import static io.lockernet.api.protocol.FrameFields.integer;
import static io.lockernet.api.protocol.FrameFields.longValue;
import static io.lockernet.api.protocol.FrameFields.optionalBool;
import static io.lockernet.api.protocol.FrameFields.optionalDouble;
import static io.lockernet.api.protocol.FrameFields.optionalInteger;
import static io.lockernet.api.protocol.FrameFields.optionalLong;
import static io.lockernet.api.protocol.FrameFields.optionalString;
import static io.lockernet.api.protocol.FrameFields.seqs;
import static io.lockernet.api.protocol.FrameFields.string;

import io.lockernet.api.layout.LayoutJson;
import io.lockernet.api.layout.LockerLayout;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import jakarta.json.spi.JsonProvider;

/** Reads and writes locker protocol frames (JSON text). Reading rejects anything the protocol does not allow. */
public final class MessageCodec {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private MessageCodec() {
    }

    public static String write(LockerMessage message) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("v", LockerMessage.VERSION)
                .add("type", message.type())
                .add("locker", message.locker())
                .add("seq", message.seq())
                .add("ts", message.ts().toString());
        // instanceof rather than a pattern switch: pattern switches are a preview feature on Java 17, our release
        if (message instanceof Hello h) {
            JsonArrayBuilder compartments = JSON.createArrayBuilder();
            h.compartments().forEach(c -> {
                JsonObjectBuilder compartment = JSON.createObjectBuilder().add("name", c.name()).add("size", c.size());
                if (c.doorOpen() != null) {
                    compartment.add("doorOpen", c.doorOpen());
                }
                if (c.occupied() != null) {
                    compartment.add("occupied", c.occupied());
                }
                compartments.add(compartment);
            });
            json.add("firmware", h.firmware()).add("configVersion", h.configVersion())
                    .add("compartments", compartments);
            if (h.acks()) {
                json.add("acks", true);
            }
        } else if (message instanceof Welcome w) {
            json.add("shepherd", w.shepherd());
            if (w.acks()) {
                json.add("acks", true);
            }
        } else if (message instanceof Ack a) {
            JsonArrayBuilder seqs = JSON.createArrayBuilder();
            a.seqs().forEach(seqs::add);
            json.add("seqs", seqs);
        } else if (message instanceof Command c) {
            json.add("impulse", c.impulse()).add("compartment", c.compartment())
                    .add("action", c.action()).add("deadline", c.deadline().toString());
        } else if (message instanceof CommandAck a) {
            json.add("impulse", a.impulse()).add("status", lower(a.status()));
            if (a.reason() != null) {
                json.add("reason", a.reason());
            }
        } else if (message instanceof LockEvent l) {
            json.add("impulse", l.impulse()).add("compartment", l.compartment());
        } else if (message instanceof DoorEvent d) {
            json.add("compartment", d.compartment()).add("state", lower(d.state()));
            if (d.impulse() != null) {
                json.add("impulse", d.impulse());
            }
        } else if (message instanceof Ping p) {
            json.add("nonce", p.nonce());
        } else if (message instanceof Pong p) {
            json.add("nonce", p.nonce());
        } else if (message instanceof Reauth r) {
            json.add("token", r.token());
        } else if (message instanceof Reauthenticated r) {
            json.add("expiresAt", r.expiresAt().toString());
        } else if (message instanceof Vitals v) {
            addIfPresent(json, "temperatureC", v.temperatureC());
            addIfPresent(json, "supplyVoltage", v.supplyVoltage());
            addIfPresent(json, "batteryPercent", v.batteryPercent());
            addIfPresent(json, "signalDbm", v.signalDbm());
            addIfPresent(json, "uptimeSeconds", v.uptimeSeconds());
        } else if (message instanceof SensorEvent s) {
            json.add("compartment", s.compartment()).add("kind", lower(s.kind())).add("value", s.value());
        } else if (message instanceof CodeEntry c) {
            json.add("code", c.code());
        } else if (message instanceof CodeResult r) {
            json.add("accepted", r.accepted());
            if (r.compartment() != null) {
                json.add("compartment", r.compartment());
            }
            if (r.impulse() != null) {
                json.add("impulse", r.impulse());
            }
            if (r.reason() != null) {
                json.add("reason", r.reason());
            }
        } else if (message instanceof Configure c) {
            json.add("configVersion", c.configVersion()).add("modules", LayoutJson.modules(c.layout()));
        } else if (message instanceof ConfigureAck a) {
            json.add("configVersion", a.configVersion()).add("status", lower(a.status()));
            if (a.reason() != null) {
                json.add("reason", a.reason());
            }
        }
        return json.build().toString();
    }

    public static LockerMessage read(String text) {
        JsonObject json = parseObject(text);
        int version = json.containsKey("v") ? integer(json, "v") : -1;
        if (version != LockerMessage.VERSION) {
            throw new MalformedMessageException("unsupported protocol version " + json.get("v")
                    + " (this Shepherd speaks v" + LockerMessage.VERSION + ")");
        }
        String typeName = string(json, "type");
        MessageType type = MessageType.fromWire(typeName)
                .orElseThrow(() -> new MalformedMessageException("unknown message type '" + typeName + "'"));
        String locker = string(json, "locker");
        long seq = json.containsKey("seq") ? longValue(json, "seq") : fail("missing field 'seq'");
        Instant ts = instant(json, "ts");
        return switch (type) {
            case HELLO -> new Hello(locker, seq, ts, string(json, "firmware"), string(json, "configVersion"),
                    compartments(json), Boolean.TRUE.equals(optionalBool(json, "acks")));
            case WELCOME -> new Welcome(locker, seq, ts, string(json, "shepherd"),
                    Boolean.TRUE.equals(optionalBool(json, "acks")));
            case ACK -> new Ack(locker, seq, ts, seqs(json));
            case COMMAND -> new Command(locker, seq, ts, string(json, "impulse"), string(json, "compartment"),
                    string(json, "action"), instant(json, "deadline"));
            case COMMAND_ACK -> new CommandAck(locker, seq, ts, string(json, "impulse"),
                    enumValue(CommandAck.Status.class, json, "status"), optionalString(json, "reason"));
            case LOCK -> new LockEvent(locker, seq, ts, string(json, "impulse"), string(json, "compartment"));
            case DOOR -> new DoorEvent(locker, seq, ts, string(json, "compartment"),
                    enumValue(DoorEvent.State.class, json, "state"), optionalString(json, "impulse"));
            case PING -> new Ping(locker, seq, ts, string(json, "nonce"));
            case PONG -> new Pong(locker, seq, ts, string(json, "nonce"));
            case REAUTH -> new Reauth(locker, seq, ts, string(json, "token"));
            case REAUTHENTICATED -> new Reauthenticated(locker, seq, ts, instant(json, "expiresAt"));
            case VITALS -> new Vitals(locker, seq, ts, optionalDouble(json, "temperatureC"),
                    optionalDouble(json, "supplyVoltage"), optionalInteger(json, "batteryPercent"),
                    optionalInteger(json, "signalDbm"), optionalLong(json, "uptimeSeconds"));
            case SENSOR -> new SensorEvent(locker, seq, ts, string(json, "compartment"),
                    enumValue(SensorEvent.Kind.class, json, "kind"), bool(json, "value"));
            case CODE -> new CodeEntry(locker, seq, ts, code(json));
            case CODE_RESULT -> new CodeResult(locker, seq, ts, bool(json, "accepted"),
                    optionalString(json, "compartment"), optionalString(json, "impulse"),
                    optionalString(json, "reason"));
            case CONFIGURE -> new Configure(locker, seq, ts, string(json, "configVersion"), layout(json));
            case CONFIGURE_ACK -> new ConfigureAck(locker, seq, ts, string(json, "configVersion"),
                    enumValue(ConfigureAck.Status.class, json, "status"), optionalString(json, "reason"));
        };
    }

    /**
     * The layout of a configure frame: its shape only (modules and compartments as objects, names and types as
     * strings); whether it keeps the rules is the locker's to check, so that it can say why it rejects it.
     */
    private static LockerLayout layout(JsonObject json) {
        JsonValue modules = json.get("modules");
        if (modules == null || modules.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new MalformedMessageException("field 'modules' must be an array");
        }
        try {
            return LayoutJson.fromModules(modules.asJsonArray());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new MalformedMessageException("field 'modules': " + e.getMessage(), e);
        }
    }

    private static JsonObject parseObject(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedMessageException("empty frame");
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedMessageException("a frame must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new MalformedMessageException("not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void addIfPresent(JsonObjectBuilder json, String field, Number value) {
        if (value instanceof Double d) {
            json.add(field, d);
        } else if (value instanceof Integer i) {
            json.add(field, i);
        } else if (value instanceof Long l) {
            json.add(field, l);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
