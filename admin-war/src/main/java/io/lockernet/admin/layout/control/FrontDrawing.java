package io.lockernet.admin.layout.control;

import io.lockernet.api.core.LayoutCompartmentView;
import io.lockernet.api.core.LayoutView;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.layout.ModuleKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The front of a locker as the wiring sheet draws it, in millimetres (the SVG's own units, so it is to scale): the
 * cabinet on its plinth, each module a column with a wall on either side, a control module's screen and keypad above
 * its compartments, and each compartment's door at its place with its lock channel.
 */
public record FrontDrawing(int widthMm, int heightMm, int plinthTopY, List<Column> columns, List<Door> doors) {

    /** A module: its letter, where it stands, and the screen and keypad area at its top (height 0 for none). */
    public record Column(String letter, int x, int y, int width, int height, int screenHeight) {

        public int centreX() {
            return x + width / 2;
        }
    }

    /** A compartment's door and its lock channel. */
    public record Door(int channel, String name, int x, int y, int width, int height) {

        public int centreX() {
            return x + width / 2;
        }

        public int centreY() {
            return y + height / 2;
        }

        /** Text that fits the door's height (an XS door is 80 mm high). */
        public int fontSize() {
            return Math.min(90, height * 7 / 10);
        }
    }

    private static final int CABINET_MM =
            Arrays.stream(ModuleKind.values()).mapToInt(ModuleKind::usableHeightMm).max().orElseThrow();

    /** The front of a saved version (which keeps the rules: the Core checked it). */
    public static FrontDrawing of(LayoutView view) {
        int wall = LayoutRules.WALL_MM;
        int height = LayoutRules.PLINTH_MM + CABINET_MM + wall;
        List<LockerLayout.Module> modules = view.layout() == null || view.layout().modules() == null
                ? List.of() : view.layout().modules();
        List<Column> columns = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        int x = wall;
        for (int m = 0; m < modules.size(); m++) {
            int number = m + 1;
            ModuleKind kind = ModuleKind.fromWire(modules.get(m).kind()).orElse(ModuleKind.NARROW);
            int width = view.compartments().stream().filter(c -> c.module() == number)
                    .mapToInt(LayoutCompartmentView::widthMm).findFirst().orElse(kind.widthMm());
            int screen = CABINET_MM - kind.usableHeightMm();
            columns.add(new Column(LayoutRules.name(m, 1).substring(0, 1), x, wall, width, CABINET_MM, screen));
            left.add(x);
            x += width + wall;
        }
        List<Door> doors = view.compartments().stream()
                .filter(c -> c.module() >= 1 && c.module() <= left.size())
                .sorted(Comparator.comparingInt(LayoutCompartmentView::channel))
                .map(c -> new Door(c.channel(), c.name(), left.get(c.module() - 1),
                        height - c.bottomMm() - c.heightMm(), c.widthMm(), c.heightMm()))
                .toList();
        return new FrontDrawing(x, height, height - LayoutRules.PLINTH_MM, columns, doors);
    }

    /** The SVG's viewBox: the whole front. */
    public String viewBox() {
        return "0 0 " + widthMm + " " + heightMm;
    }
}
