package io.lockernet.api.layout;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A layout as JSON, the way the Core keeps it and the {@code configure} frame carries it: {@code modules}, each with
 * {@code kind} and {@code compartments}. Written for a layout that keeps the rules, each compartment also carries
 * what follows from its type and place (size class, lock channel, measures, door), so that a locker needs no
 * catalogue of its own; reading takes names and types only.
 */
public final class LayoutJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private LayoutJson() {
    }

    /** The modules array of a layout that keeps the rules, each compartment placed. */
    public static JsonArray modules(LockerLayout layout) {
        List<PlacedCompartment> placed = LayoutRules.place(layout);
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        int index = 0;
        for (int m = 0; m < layout.modules().size(); m++) {
            LockerLayout.Module module = layout.modules().get(m);
            JsonArrayBuilder compartments = JSON.createArrayBuilder();
            for (LockerLayout.Compartment ignored : module.compartments()) {
                PlacedCompartment p = placed.get(index++);
                compartments.add(JSON.createObjectBuilder().add("name", p.name()).add("type", p.type().wire())
                        .add("size", p.sizeClass()).add("channel", p.channel()).add("widthMm", p.widthMm())
                        .add("heightMm", p.heightMm()).add("depthMm", p.depthMm()).add("bottomMm", p.bottomMm())
                        .add("lowHeight", p.lowHeight()).add("door", p.type().door().wire()));
            }
            modules.add(JSON.createObjectBuilder().add("module", String.valueOf((char) ('A' + m)))
                    .add("kind", module.kind()).add("compartments", compartments));
        }
        return modules.build();
    }

    /** {@code {"modules": [...]}} of a layout that keeps the rules. */
    public static String write(LockerLayout layout) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("modules", modules(layout));
        return json.build().toString();
    }

    /** {@code {"modules": [...]}} with each module's kind and its compartments' names and types only. */
    public static String compact(LockerLayout layout) {
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        for (LockerLayout.Module module : layout.modules()) {
            JsonArrayBuilder compartments = JSON.createArrayBuilder();
            module.compartments().forEach(c -> compartments.add(JSON.createObjectBuilder().add("name", c.name())
                    .add("type", c.type())));
            modules.add(JSON.createObjectBuilder().add("kind", module.kind()).add("compartments", compartments));
        }
        return JSON.createObjectBuilder().add("modules", modules).build().toString();
    }

    /** Reads {@code {"modules": [...]}}. */
    public static LockerLayout read(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return fromModules(reader.readObject().getJsonArray("modules"));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a layout: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a modules array: each module's {@code kind} and its compartments' {@code name} and {@code type}.
     *
     * @throws IllegalArgumentException when the shape is wrong (not when a rule is broken: see {@link LayoutRules})
     */
    public static LockerLayout fromModules(JsonArray array) {
        if (array == null) {
            throw new IllegalArgumentException("missing field 'modules'");
        }
        List<LockerLayout.Module> modules = new ArrayList<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("each module must be an object");
            }
            JsonObject module = value.asJsonObject();
            JsonArray compartmentArray = module.getJsonArray("compartments");
            if (compartmentArray == null) {
                throw new IllegalArgumentException("a module without 'compartments'");
            }
            List<LockerLayout.Compartment> compartments = new ArrayList<>();
            for (JsonValue c : compartmentArray) {
                if (c.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new IllegalArgumentException("each compartment must be an object");
                }
                compartments.add(new LockerLayout.Compartment(c.asJsonObject().getString("name", null),
                        c.asJsonObject().getString("type", null)));
            }
            modules.add(new LockerLayout.Module(module.getString("kind", null), compartments));
        }
        return new LockerLayout(modules);
    }
}
