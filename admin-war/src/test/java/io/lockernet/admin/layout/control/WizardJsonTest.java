package io.lockernet.admin.layout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lockernet.api.layout.CompartmentType;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.layout.ModuleKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WizardJsonTest {

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void catalogueCarriesEveryModuleKindWithItsMeasures() {
        JsonObject catalogue = parse(WizardJson.catalogue());
        List<JsonObject> modules = catalogue.getJsonArray("modules").getValuesAs(JsonObject.class);
        assertEquals(ModuleKind.values().length, modules.size());
        for (ModuleKind kind : ModuleKind.values()) {
            JsonObject module = modules.get(kind.ordinal());
            assertEquals(kind.wire(), module.getString("kind"));
            assertEquals(kind.widthMm(), module.getInt("widthMm"));
            assertEquals(kind.usableHeightMm(), module.getInt("usableHeightMm"));
        }
    }

    @Test
    void catalogueCarriesEveryCompartmentTypeAsWrittenInLayouts() {
        List<JsonObject> types = parse(WizardJson.catalogue()).getJsonArray("compartments")
                .getValuesAs(JsonObject.class);
        assertEquals(CompartmentType.values().length, types.size());
        JsonObject roller = types.get(CompartmentType.ROLLER_SHUTTER.ordinal());
        assertEquals("roller-shutter", roller.getString("type"));
        assertEquals("roller-shutter", roller.getString("door"));
        assertEquals(CompartmentType.ROLLER_SHUTTER.heightMm(), roller.getInt("heightMm"));
        assertEquals("XXL", roller.getString("size"));
        assertEquals("M", types.get(CompartmentType.LOW.ordinal()).getString("size"));
    }

    @Test
    void catalogueCarriesTheRulesMeasuresAndTheTallestModuleAsTheCabinet() {
        JsonObject catalogue = parse(WizardJson.catalogue());
        assertEquals(LayoutRules.WALL_MM, catalogue.getInt("wallMm"));
        assertEquals(LayoutRules.PLINTH_MM, catalogue.getInt("plinthMm"));
        assertEquals(ModuleKind.NARROW.usableHeightMm(), catalogue.getInt("cabinetMm"));
    }

    @Test
    void aLayoutWrittenForTheWizardReadsBackAsItWas() {
        LockerLayout layout = new LockerLayout(List.of(
                new LockerLayout.Module("control", List.of(new LockerLayout.Compartment("A1", "s"),
                        new LockerLayout.Compartment("A2", "low"))),
                new LockerLayout.Module("wide", List.of(new LockerLayout.Compartment("B1", "roller-shutter")))));
        assertEquals(layout, WizardJson.read(WizardJson.layout(layout)));
    }

    @Test
    void aLayoutThatBreaksTheRulesIsWrittenAsItIsForTheOperatorToMend() {
        LockerLayout broken = new LockerLayout(List.of(new LockerLayout.Module("tall",
                List.of(new LockerLayout.Compartment("Parcel 1", "huge")))));
        assertEquals(broken, WizardJson.read(WizardJson.layout(broken)));
    }

    @Test
    void anEmptyLockerIsOneControlModuleWithoutCompartments() {
        LockerLayout empty = WizardJson.read(WizardJson.layout(WizardJson.EMPTY_LOCKER));
        assertEquals(1, empty.modules().size());
        assertEquals("control", empty.modules().get(0).kind());
        assertEquals(List.of(), empty.modules().get(0).compartments());
    }

    @Test
    void somethingThatIsNotALayoutIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WizardJson.read(""));
        assertThrows(IllegalArgumentException.class, () -> WizardJson.read("{\"modules\":"));
        assertThrows(IllegalArgumentException.class, () -> WizardJson.read("{\"lockers\":[]}"));
    }
}
