package io.lockernet.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build of Lockernet this is: the project's version and when it was built, as the build wrote them. Every
 * application reports it (the Core on its state, each Shepherd when it registers), so an operator sees at a glance
 * whether all of them run the same build after an upgrade.
 */
public final class Build {

    private static final String DESCRIPTION = read();

    private Build() {
    }

    /** For example {@code 0.1.0-SNAPSHOT, built 2026-12-04T02:10:00Z}. */
    public static String description() {
        return DESCRIPTION;
    }

    private static String read() {
        Properties build = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return "unknown build";
            }
            build.load(in);
        } catch (IOException e) {
            return "unknown build";
        }
        return build.getProperty("version", "unknown version") + ", built " + build.getProperty("built", "?");
    }
}
