package io.lockernet.admin.locker.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the page loads Chart.js from: the WebJar in WEB-INF/lib, whose files the container serves under
 * {@code webjars/chart.js/VERSION/}. The version is read from the jar itself, so the pom names it once.
 */
public final class ChartLibrary {

    private static final String POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private ChartLibrary() {
    }

    /** The script's path below the application's context path. */
    public static String path() {
        return Version.PATH;
    }

    /** Read once, when the first page asks. */
    private static final class Version {
        static final String PATH = "webjars/chart.js/" + version() + "/dist/chart.umd.min.js";
    }

    static String version() {
        try (InputStream in = ChartLibrary.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is missing: no " + POM);
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM, e);
        }
    }
}
