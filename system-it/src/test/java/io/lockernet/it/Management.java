package io.lockernet.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Operations on the running server through its own CLI, as an operator would type them. */
final class Management {

    private static final Path JBOSS_HOME = Path.of(System.getProperty("lockernet.jboss.home",
            "../wildfly-config/target/server"));

    private Management() {
    }

    static String cli(String command) {
        try {
            Process process = new ProcessBuilder("bash", JBOSS_HOME.resolve("bin/jboss-cli.sh").toString(),
                    "--connect", "--command=" + command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("jboss-cli did not finish: " + command);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || !output.contains("success")) {
                throw new IllegalStateException("jboss-cli failed on " + command + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
