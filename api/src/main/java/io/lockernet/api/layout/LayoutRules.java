package io.lockernet.api.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a layout keeps, checked by the Core before it keeps a layout and by the wizard while it is drawn:
 * <ul>
 * <li>functions: exactly one control module (screen and keypad); a roller shutter alone in a wide module;</li>
 * <li>sizes: types and kinds from the catalogue; a module's compartments and the walls between them fit its height;
 * XL only in wide modules; low compartments at the bottom;</li>
 * <li>naming and numbering: modules are lettered A, B, C … from the left, compartments numbered 1, 2, 3 … from the
 * top, and each is named by letter and number ({@code B3}).</li>
 * </ul>
 * Compartments stand on a {@value #PLINTH_MM} mm plinth, one on another with a {@value #WALL_MM} mm wall between
 * them; what a module does not fill stays a blind panel at its top.
 */
public final class LayoutRules {

    public static final int PLINTH_MM = 100;
    public static final int WALL_MM = 20;
    /** A compartment whose top is no higher than this above the floor is within a wheelchair user's reach. */
    public static final int REACH_MM = 1200;
    public static final int MAX_MODULES = 26;
    public static final int MAX_COMPARTMENTS_PER_MODULE = 30;

    private LayoutRules() {
    }

    /** The name the rule gives the {@code number}th compartment (from 1, top) of the {@code module}th module (from 0). */
    public static String name(int module, int number) {
        return String.valueOf((char) ('A' + module)) + number;
    }

    /** The layout with every compartment named by the rule. */
    public static LockerLayout named(LockerLayout layout) {
        List<LockerLayout.Module> modules = new ArrayList<>();
        for (int m = 0; m < layout.modules().size(); m++) {
            LockerLayout.Module module = layout.modules().get(m);
            List<LockerLayout.Compartment> compartments = new ArrayList<>();
            for (int c = 0; c < module.compartments().size(); c++) {
                compartments.add(new LockerLayout.Compartment(name(m, c + 1), module.compartments().get(c).type()));
            }
            modules.add(new LockerLayout.Module(module.kind(), compartments));
        }
        return new LockerLayout(modules);
    }

    /** What is wrong with a layout, each problem a sentence naming the module or compartment; empty when none. */
    public static List<String> problems(LockerLayout layout) {
        List<String> problems = new ArrayList<>();
        if (layout == null || layout.modules() == null || layout.modules().isEmpty()) {
            return List.of("a locker needs at least one module");
        }
        List<LockerLayout.Module> modules = layout.modules();
        if (modules.size() > MAX_MODULES) {
            return List.of("a locker has at most " + MAX_MODULES + " modules (A to Z); this one has " + modules.size());
        }
        long controls = 0;
        for (int m = 0; m < modules.size(); m++) {
            String letter = String.valueOf((char) ('A' + m));
            LockerLayout.Module module = modules.get(m);
            if (module == null) {
                problems.add("module " + letter + " is empty: give it a kind and compartments");
                continue;
            }
            Optional<ModuleKind> kind = ModuleKind.fromWire(module.kind());
            if (kind.isEmpty()) {
                problems.add("module " + letter + " is of kind '" + shorten(module.kind()) + "', which the catalogue does not "
                        + "have (control, narrow, wide)");
                continue;
            }
            if (kind.get() == ModuleKind.CONTROL) {
                controls++;
            }
            problems.addAll(moduleProblems(m, kind.get(), module.compartments()));
        }
        if (controls != 1) {
            problems.add(0, "a locker needs exactly one control module (its screen and keypad); this one has "
                    + controls);
        }
        return problems;
    }

    private static List<String> moduleProblems(int m, ModuleKind kind, List<LockerLayout.Compartment> compartments) {
        String letter = String.valueOf((char) ('A' + m));
        List<String> problems = new ArrayList<>();
        if (compartments == null || compartments.isEmpty()) {
            problems.add("module " + letter + " has no compartments");
            return problems;
        }
        if (compartments.size() > MAX_COMPARTMENTS_PER_MODULE) {
            problems.add("module " + letter + " has " + compartments.size() + " compartments; at most "
                    + MAX_COMPARTMENTS_PER_MODULE + " fit");
            return problems;
        }
        int height = 0;
        boolean lowSeen = false;
        for (int c = 0; c < compartments.size(); c++) {
            LockerLayout.Compartment compartment = compartments.get(c);
            String expected = name(m, c + 1);
            if (compartment == null) {
                problems.add("compartment " + expected + " is empty: give it a type");
                continue;
            }
            if (compartment.name() == null || compartment.name().isBlank()) {
                problems.add("compartment " + (c + 1) + " of module " + letter + " has no name; by the rule it is "
                        + expected);
            } else if (!compartment.name().equals(expected)) {
                problems.add("compartment " + (c + 1) + " of module " + letter + " is named '"
                        + shorten(compartment.name()) + "'; by the rule (module letter, number from the top) it is "
                        + expected);
            }
            Optional<CompartmentType> type = CompartmentType.fromWire(compartment.type());
            if (type.isEmpty()) {
                problems.add("compartment " + expected + " is of type '" + shorten(compartment.type()) + "', which "
                        + "the catalogue does not have (xs, s, m, l, xl, low, roller-shutter)");
                continue;
            }
            height += type.get().heightMm() + (c > 0 ? WALL_MM : 0);
            if (type.get() == CompartmentType.XL && kind != ModuleKind.WIDE) {
                problems.add("compartment " + expected + " is XL, which needs a wide module; module " + letter
                        + " is " + kind.wire());
            }
            if (type.get() == CompartmentType.ROLLER_SHUTTER
                    && (kind != ModuleKind.WIDE || compartments.size() != 1)) {
                problems.add("compartment " + expected + " has a roller shutter, which fills a wide module on its "
                        + "own; module " + letter + " is " + kind.wire() + " with " + compartments.size()
                        + " compartments");
            }
            if (type.get() == CompartmentType.LOW) {
                lowSeen = true;
            } else if (lowSeen) {
                problems.add("compartment " + expected + " is below a low compartment; low compartments go at the "
                        + "bottom of module " + letter);
            }
        }
        if (height > kind.usableHeightMm()) {
            problems.add("module " + letter + " is " + kind.usableHeightMm() + " mm high inside; its compartments "
                    + "and walls take " + height + " mm");
        }
        return problems;
    }

    /**
     * Where each compartment of a layout that keeps the rules stands, module by module from the left, each from the
     * top; lock channels count in the same order from 1.
     *
     * @throws IllegalArgumentException when the layout breaks a rule
     */
    public static List<PlacedCompartment> place(LockerLayout layout) {
        List<String> problems = problems(layout);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        List<PlacedCompartment> placed = new ArrayList<>();
        int channel = 0;
        for (int m = 0; m < layout.modules().size(); m++) {
            LockerLayout.Module module = layout.modules().get(m);
            ModuleKind kind = ModuleKind.fromWire(module.kind()).orElseThrow();
            int top = PLINTH_MM;
            for (LockerLayout.Compartment c : module.compartments()) {
                top += CompartmentType.fromWire(c.type()).orElseThrow().heightMm();
            }
            top += WALL_MM * (module.compartments().size() - 1);
            for (LockerLayout.Compartment c : module.compartments()) {
                CompartmentType type = CompartmentType.fromWire(c.type()).orElseThrow();
                int bottom = top - type.heightMm();
                placed.add(new PlacedCompartment(c.name(), type, m + 1, ++channel, kind.widthMm(), type.heightMm(),
                        CompartmentType.DEPTH_MM, bottom, type == CompartmentType.LOW || top <= REACH_MM));
                top = bottom - WALL_MM;
            }
        }
        return placed;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
