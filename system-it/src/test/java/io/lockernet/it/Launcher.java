package io.lockernet.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./lockernet} the way an operator does, against the system the build started (same LOCKERNET_HOME). */
final class Launcher {

    private static final Path SCRIPT = Path.of(System.getProperty("lockernet.launcher", "../lockernet"));

    private Launcher() {
    }

    /** The command's exit code and everything it printed. */
    record Result(int exitCode, String output) {
    }

    static Result run(Duration timeout, String... arguments) {
        return run(Path.of(System.getProperty("lockernet.it.home")), timeout, arguments);
    }

    /** The same with another LOCKERNET_HOME: a test's own, in which the launcher finds nothing of the shared system. */
    static Result run(Path home, Duration timeout, String... arguments) {
        return run(home, Map.of(), timeout, arguments);
    }

    /** The same with more of the operator's environment (e.g. LOCKERNET_PG_…). */
    static Result run(Path home, Map<String, String> environment, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("LOCKERNET_HOME", home.toString());
        env.put("LOCKERNET_PING_SECONDS", System.getProperty("lockernet.it.ping-seconds", "2"));
        env.put("LOCKERNET_SERVER_PROPERTIES", System.getProperty("lockernet.it.server-properties"));
        env.putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // the output is small; read it on the side so that a full pipe never stalls the launcher
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try {
                    process.getInputStream().transferTo(output);
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "launcher-output");
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./lockernet " + String.join(" ", arguments) + " did not end within "
                        + timeout + ":\n" + output.toString(StandardCharsets.UTF_8));
            }
            reader.join(Duration.ofSeconds(5).toMillis());
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
