package io.lockernet.admin.layout.control;

import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.layout.CompartmentType;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.layout.ModuleKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The layout the wizard starts from for a locker that never had one saved (the demo's lockers, a locker that reported
 * its compartments in its {@code hello}): its compartments as the Core has them, module by module, each of the
 * catalogue's type that keeps its size class, so that saving it changes no compartment in use. Which module is the
 * control module the Core cannot know: the first that keeps the rules as one is taken, and the operator checks it.
 */
public final class StartingLayout {

    private StartingLayout() {
    }

    /** The layout of these compartments; {@link WizardJson#EMPTY_LOCKER} when there are none. */
    public static LockerLayout of(List<CompartmentView> compartments) {
        if (compartments.isEmpty()) {
            return WizardJson.EMPTY_LOCKER;
        }
        Map<Integer, List<CompartmentView>> byModule = new TreeMap<>();
        for (CompartmentView c : compartments) {
            byModule.computeIfAbsent(module(c), m -> new ArrayList<>()).add(c);
        }
        List<List<LockerLayout.Compartment>> columns = new ArrayList<>();
        for (List<CompartmentView> column : byModule.values()) {
            columns.add(column.stream().sorted(Comparator.comparingInt(StartingLayout::number)
                            .thenComparing(CompartmentView::name))
                    .map(c -> new LockerLayout.Compartment(c.name(), type(c))).toList());
        }
        LockerLayout best = null;
        int fewest = Integer.MAX_VALUE;
        for (int control = 0; control < columns.size(); control++) {
            LockerLayout candidate = layout(columns, control);
            int problems = LayoutRules.problems(candidate).size();
            if (problems < fewest) {
                best = candidate;
                fewest = problems;
            }
        }
        return best;
    }

    private static LockerLayout layout(List<List<LockerLayout.Compartment>> columns, int control) {
        List<LockerLayout.Module> modules = new ArrayList<>();
        for (int m = 0; m < columns.size(); m++) {
            List<LockerLayout.Compartment> column = columns.get(m);
            boolean wide = column.stream().anyMatch(c -> c.type().equals(CompartmentType.XL.wire())
                    || c.type().equals(CompartmentType.ROLLER_SHUTTER.wire()));
            ModuleKind kind = m == control && !wide ? ModuleKind.CONTROL : wide ? ModuleKind.WIDE : ModuleKind.NARROW;
            modules.add(new LockerLayout.Module(kind.wire(), column));
        }
        return new LockerLayout(modules);
    }

    /** The catalogue's type of the same size class: low for a low M, roller shutter for one; "" when none fits. */
    static String type(CompartmentView c) {
        if ("ROLLER_SHUTTER".equals(c.special())) {
            return CompartmentType.ROLLER_SHUTTER.wire();
        }
        String size = c.size() == null ? "" : c.size().toUpperCase(Locale.ROOT);
        if (c.lowHeight() && size.equals(CompartmentType.LOW.sizeClass())) {
            return CompartmentType.LOW.wire();
        }
        for (CompartmentType type : List.of(CompartmentType.XS, CompartmentType.S, CompartmentType.M,
                CompartmentType.L, CompartmentType.XL)) {
            if (type.sizeClass().equals(size)) {
                return type.wire();
            }
        }
        return "";
    }

    /** The module it stands in: as the Core has it, else its name's letter (A = 1). */
    private static int module(CompartmentView c) {
        if (c.module() != null) {
            return c.module();
        }
        return c.name() == null || c.name().isEmpty() ? 0 : Character.toUpperCase(c.name().charAt(0)) - 'A' + 1;
    }

    /** Its number from the top: the digits of its name (A3: 3). */
    private static int number(CompartmentView c) {
        String digits = c.name() == null ? "" : c.name().replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
