package io.lockernet.admin.layout.control;

import io.lockernet.api.layout.CompartmentType;
import io.lockernet.api.layout.LayoutJson;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.layout.ModuleKind;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Arrays;
import java.util.List;

/**
 * What the wizard's script is given as JSON: the catalogue (module kinds, compartment types and the measures of the
 * rules, taken from the api's enums so that the script keeps no sizes of its own) and a layout to start from; and
 * reading back the layout it drew.
 */
public final class WizardJson {

    /** An empty locker: one control module without compartments. */
    public static final LockerLayout EMPTY_LOCKER =
            new LockerLayout(List.of(new LockerLayout.Module(ModuleKind.CONTROL.wire(), List.of())));

    private static final JsonProvider JSON = JsonProvider.provider();

    private WizardJson() {
    }

    /**
     * The catalogue. {@code cabinetMm} is the inner height of the tallest module: every module is drawn that high,
     * a control module with its screen and keypad above the height its compartments may take.
     */
    public static String catalogue() {
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        for (ModuleKind kind : ModuleKind.values()) {
            modules.add(JSON.createObjectBuilder().add("kind", kind.wire()).add("widthMm", kind.widthMm())
                    .add("usableHeightMm", kind.usableHeightMm()).add("description", kind.description()));
        }
        JsonArrayBuilder compartments = JSON.createArrayBuilder();
        for (CompartmentType type : CompartmentType.values()) {
            compartments.add(JSON.createObjectBuilder().add("type", type.wire()).add("size", type.sizeClass())
                    .add("heightMm", type.heightMm()).add("door", type.door().wire())
                    .add("description", type.description()));
        }
        int cabinet = Arrays.stream(ModuleKind.values()).mapToInt(ModuleKind::usableHeightMm).max().orElseThrow();
        return JSON.createObjectBuilder().add("plinthMm", LayoutRules.PLINTH_MM).add("wallMm", LayoutRules.WALL_MM)
                .add("reachMm", LayoutRules.REACH_MM).add("depthMm", CompartmentType.DEPTH_MM)
                .add("cabinetMm", cabinet).add("maxModules", LayoutRules.MAX_MODULES)
                .add("maxCompartments", LayoutRules.MAX_COMPARTMENTS_PER_MODULE)
                .add("modules", modules).add("compartments", compartments).build().toString();
    }

    /**
     * A layout as the wizard keeps it: each module's kind, each compartment's name and type, nothing derived (a
     * layout that breaks the rules is written as it is, for the operator to mend).
     */
    public static String layout(LockerLayout layout) {
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        for (LockerLayout.Module module : layout.modules()) {
            JsonArrayBuilder compartments = JSON.createArrayBuilder();
            for (LockerLayout.Compartment c : module.compartments() == null
                    ? List.<LockerLayout.Compartment>of() : module.compartments()) {
                compartments.add(orNull(JSON.createObjectBuilder(), "name", c.name()).add("type",
                        c.type() == null ? "" : c.type()));
            }
            modules.add(orNull(JSON.createObjectBuilder(), "kind", module.kind()).add("compartments", compartments));
        }
        return JSON.createObjectBuilder().add("modules", modules).build().toString();
    }

    /**
     * The layout the wizard drew.
     *
     * @throws IllegalArgumentException when the text is not a layout at all (broken rules are the Core's to report)
     */
    public static LockerLayout read(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the page sent no layout");
        }
        return LayoutJson.read(text);
    }

    private static JsonObjectBuilder orNull(JsonObjectBuilder object, String name, String value) {
        return value == null ? object.addNull(name) : object.add(name, value);
    }
}
