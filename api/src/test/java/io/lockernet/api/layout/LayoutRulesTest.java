package io.lockernet.api.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutRulesTest {

    /** The demo lockers' eight compartments, and a roller shutter beside them. */
    static final LockerLayout DEMO = layout(
            module("control", "xs", "s", "s", "m"),
            module("wide", "m", "l", "l", "xl"),
            module("wide", "roller-shutter"));

    /** Module A, named by the rule: for layouts built by hand around a broken module B. */
    private static final LockerLayout.Module CONTROL_A =
            new LockerLayout.Module("control", List.of(new LockerLayout.Compartment("A1", "m")));

    @Test
    void theDemoLayoutKeepsEveryRule() {
        assertEquals(List.of(), LayoutRules.problems(DEMO));
    }

    static Stream<Arguments> brokenRules() {
        List<LockerLayout.Module> tooMany = new ArrayList<>(List.of(module("control", "m")));
        tooMany.addAll(Collections.nCopies(26, module("narrow", "m")));
        return Stream.of(
                Arguments.of("no modules", new LockerLayout(List.of()), "a locker needs at least one module"),
                Arguments.of("27 modules", named(new LockerLayout(tooMany)),
                        "a locker has at most 26 modules (A to Z); this one has 27"),
                Arguments.of("no control module", layout(module("narrow", "m"), module("wide", "xl")),
                        "a locker needs exactly one control module (its screen and keypad); this one has 0"),
                Arguments.of("two control modules", layout(module("control", "m"), module("control", "m")),
                        "a locker needs exactly one control module (its screen and keypad); this one has 2"),
                Arguments.of("a module left empty", new LockerLayout(Arrays.asList(CONTROL_A, null)),
                        "module B is empty: give it a kind and compartments"),
                Arguments.of("a kind not in the catalogue", layout(module("control", "m"), module("tall", "m")),
                        "module B is of kind 'tall', which the catalogue does not have (control, narrow, wide)"),
                Arguments.of("a module without compartments",
                        new LockerLayout(List.of(CONTROL_A, new LockerLayout.Module("narrow", List.of()))),
                        "module B has no compartments"),
                Arguments.of("31 compartments in a module", layout(module("control", "m"),
                        module("narrow", Collections.nCopies(31, "xs").toArray(String[]::new))),
                        "module B has 31 compartments; at most 30 fit"),
                Arguments.of("a compartment left empty", new LockerLayout(List.of(CONTROL_A,
                        new LockerLayout.Module("narrow", Arrays.asList(new LockerLayout.Compartment("B1", "m"), null)))),
                        "compartment B2 is empty: give it a type"),
                Arguments.of("a compartment without a name", new LockerLayout(List.of(CONTROL_A,
                        new LockerLayout.Module("narrow", List.of(new LockerLayout.Compartment("B1", "m"),
                                new LockerLayout.Compartment(" ", "m"))))),
                        "compartment 2 of module B has no name; by the rule it is B2"),
                Arguments.of("a compartment named against the rule", new LockerLayout(List.of(CONTROL_A,
                        new LockerLayout.Module("narrow", List.of(new LockerLayout.Compartment("B1", "m"),
                                new LockerLayout.Compartment("Parcel 7", "m"))))),
                        "compartment 2 of module B is named 'Parcel 7'; by the rule (module letter, number from the "
                                + "top) it is B2"),
                Arguments.of("a type not in the catalogue", layout(module("control", "m"), module("narrow", "m", "xxl")),
                        "compartment B2 is of type 'xxl', which the catalogue does not have (xs, s, m, l, xl, low, "
                                + "roller-shutter)"),
                Arguments.of("XL in a narrow module", layout(module("control", "m"), module("narrow", "xl")),
                        "compartment B1 is XL, which needs a wide module; module B is narrow"),
                Arguments.of("a roller shutter sharing its module", layout(module("control", "m"),
                        module("wide", "xs", "roller-shutter")),
                        "compartment B2 has a roller shutter, which fills a wide module on its own; module B is wide "
                                + "with 2 compartments | module B is 1800 mm high inside; its compartments and walls "
                                + "take 1900 mm"),
                Arguments.of("a roller shutter in a narrow module", layout(module("control", "m"),
                        module("narrow", "roller-shutter")),
                        "compartment B1 has a roller shutter, which fills a wide module on its own; module B is "
                                + "narrow with 1 compartments"),
                Arguments.of("a compartment below a low one", layout(module("control", "m"),
                        module("narrow", "m", "low", "s")),
                        "compartment B3 is below a low compartment; low compartments go at the bottom of module B"),
                Arguments.of("more than the module's height", layout(module("control", "l", "l", "l")),
                        "module A is 1200 mm high inside; its compartments and walls take 1270 mm"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsAProblemThatSaysWhereAndWhy(String rule, LockerLayout layout, String problems) {
        // one problem each, but a roller shutter with company is also too high: the two come in this order
        assertEquals(problems, String.join(" | ", LayoutRules.problems(layout)));
    }

    @Test
    void aLayoutThatBreaksARuleIsNotPlaced() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayoutRules.place(layout(module("control", "m"), module("narrow", "xl"))));
        assertTrue(e.getMessage().contains("needs a wide module"), e.getMessage());
    }

    @Test
    void lockChannelsCountModuleByModuleFromTheLeftEachFromTheTop() {
        List<PlacedCompartment> placed = LayoutRules.place(DEMO);

        assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "C1"),
                placed.stream().map(PlacedCompartment::name).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), placed.stream().map(PlacedCompartment::channel).toList());
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2, 3), placed.stream().map(PlacedCompartment::module).toList());
    }

    @Test
    void compartmentsStandOnThePlinthOneOnAnotherWithAWallBetween() {
        List<PlacedCompartment> placed = LayoutRules.place(DEMO);

        // A: xs 80, s 190, s 190, m 290 and three walls of 20 on a 100 mm plinth: the top is at 910 mm
        assertEquals(List.of(830, 620, 410, 100), bottoms(placed.subList(0, 4)));
        // B: m 290, l 410, l 410, xl 600: the top is at 1870 mm
        assertEquals(List.of(1580, 1150, 720, 100), bottoms(placed.subList(4, 8)));
        assertEquals(100, placed.get(8).bottomMm());
        assertEquals(List.of(400, 600, 600), List.of(placed.get(0).widthMm(), placed.get(4).widthMm(),
                placed.get(8).widthMm()));
        assertEquals(1800, placed.get(8).heightMm());
        assertTrue(placed.stream().allMatch(p -> p.depthMm() == CompartmentType.DEPTH_MM));
    }

    @Test
    void aCompartmentIsAtLowHeightWhenItsTopIsWithinAWheelchairUsersReach() {
        List<PlacedCompartment> placed = LayoutRules.place(DEMO);

        // A1's top at 910 mm; B2's at 1560 mm, B3's at 1130 mm; the roller shutter reaches 1900 mm
        assertEquals(List.of(true, true, true, true, false, false, true, true, false),
                placed.stream().map(PlacedCompartment::lowHeight).toList());
    }

    @Test
    void aLowCompartmentIsAtLowHeightAtTheBottomOfATallModule() {
        List<PlacedCompartment> placed = LayoutRules.place(layout(module("control", "m"),
                module("narrow", "l", "l", "l", "low")));

        PlacedCompartment low = placed.get(4);
        assertEquals("B4", low.name());
        assertEquals(LayoutRules.PLINTH_MM, low.bottomMm());
        assertTrue(low.lowHeight());
        assertEquals("M", low.sizeClass());
        assertFalse(placed.get(1).lowHeight(), "B1's top is at 1680 mm");
    }

    @Test
    void aRollerShutterIsTheOnlySpecialCompartment() {
        List<PlacedCompartment> placed = LayoutRules.place(DEMO);

        assertEquals("ROLLER_SHUTTER", placed.get(8).special());
        assertEquals("XXL", placed.get(8).sizeClass());
        assertTrue(placed.subList(0, 8).stream().allMatch(p -> p.special() == null));
    }

    @Test
    void theJsonOfALayoutCarriesWhatFollowsFromItAndReadsBackAsTheLayout() {
        String json = LayoutJson.write(DEMO);

        assertTrue(json.contains("{\"name\":\"B4\",\"type\":\"xl\",\"size\":\"XL\",\"channel\":8,\"widthMm\":600,"
                + "\"heightMm\":600,\"depthMm\":600,\"bottomMm\":100,\"lowHeight\":true,\"door\":\"hinged\"}"), json);
        assertTrue(json.contains("\"door\":\"roller-shutter\""), json);
        assertEquals(DEMO, LayoutJson.read(json));
    }

    @Test
    void jsonThatIsNoLayoutIsRefused() {
        for (String bad : List.of("{}", "[]", "{\"modules\":[1]}", "{\"modules\":[{\"kind\":\"control\"}]}",
                "{\"modules\":[{\"kind\":\"control\",\"compartments\":[\"A1\"]}]}")) {
            assertThrows(IllegalArgumentException.class, () -> LayoutJson.read(bad), bad);
        }
    }

    private static List<Integer> bottoms(List<PlacedCompartment> placed) {
        return placed.stream().map(PlacedCompartment::bottomMm).toList();
    }

    /** Modules of the given kinds and types, named by the rule. */
    static LockerLayout layout(LockerLayout.Module... modules) {
        return named(new LockerLayout(List.of(modules)));
    }

    private static LockerLayout named(LockerLayout layout) {
        return LayoutRules.named(layout);
    }

    static LockerLayout.Module module(String kind, String... types) {
        return new LockerLayout.Module(kind, Arrays.stream(types).map(t -> new LockerLayout.Compartment("?", t))
                .toList());
    }
}
