package io.lockernet.admin.layout.control;

import io.lockernet.api.core.LayoutView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where a locker stands with a layout version, in words for the operator. The state's own word (sent, applied,
 * rejected) always appears, so that the text says it to a reader and to a test alike.
 */
public final class LayoutStates {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private LayoutStates() {
    }

    /** {@code sent}, {@code applied} or {@code rejected}; {@code none} without a version. */
    public static String word(LayoutView view) {
        return view == null || view.state() == null ? "none" : view.state().toLowerCase(Locale.ROOT);
    }

    public static String describe(LayoutView view) {
        if (view == null) {
            return "no layout yet: the locker keeps the compartments it reports in its hello";
        }
        return switch (word(view)) {
            case "applied" -> "applied by the locker" + (view.appliedAt() == null ? "" : " at " + time(view.appliedAt()));
            case "rejected" -> "rejected by the locker" + (view.reason() == null || view.reason().isBlank() ? ""
                    : ": " + view.reason());
            case "sent" -> "sent to the locker, waiting for it to apply it (an offline locker gets it with its next "
                    + "hello)";
            default -> view.state();
        };
    }

    /** Version, configuration version, who saved it and when. */
    public static String version(LayoutView view) {
        if (view == null) {
            return "none";
        }
        return "version " + view.version() + " (" + view.configVersion() + "), saved by " + view.createdBy()
                + (view.createdAt() == null ? "" : " at " + time(view.createdAt()));
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
