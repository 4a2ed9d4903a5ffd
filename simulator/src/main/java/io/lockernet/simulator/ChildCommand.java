package io.lockernet.simulator;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line of a child process in a split run: the same Java and program with the options the parent was
 * given, except those that differ per slice (which lockers, and each slice's share of rates, readings and hostile
 * lockers).
 */
final class ChildCommand {

    /** Options the parent works out anew for each slice. */
    static final Set<String> PER_SLICE = Set.of("--lockers", "--first-locker", "--connect-rate", "--readings",
            "--readings-per-second", "--hostile-lockers", "--child");

    private final List<String> launcher;
    private final Simulator options;

    ChildCommand(List<String> launcher, Simulator options) {
        this.launcher = List.copyOf(launcher);
        this.options = options;
    }

    /** This very program: the running java binary, the runnable jar (or class path) and the main class. */
    static List<String> thisProgram() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return List.of(java, "-cp", classPath(), Simulator.class.getName());
    }

    List<String> forSlice(LockerSeries whole, LockerSeries slice) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(sharedOptions(options.spec.commandLine().getParseResult()));
        command.addAll(List.of("--child",
                "--first-locker", String.valueOf(slice.first()),
                "--lockers", String.valueOf(slice.count()),
                "--connect-rate", String.valueOf(Math.max(1, slice.share(options.connectRate, whole))),
                // every child of a --readings run sends some, as each one stops when it has sent its share
                "--readings", String.valueOf(options.readings == 0 ? 0 : Math.max(1, slice.share(options.readings, whole))),
                "--readings-per-second", String.valueOf(Math.max(1, slice.share(options.readingsPerSecond, whole))),
                "--hostile-lockers", String.valueOf(slice.leadingIn(options.hostileLockers, whole))));
        return command;
    }

    /** Every option given on the command line as it was written, but those worked out per slice. */
    private static List<String> sharedOptions(ParseResult parsed) {
        List<String> shared = new ArrayList<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            if (PER_SLICE.contains(option.longestName())) {
                continue;
            }
            if (option.arity().max() == 0) {
                shared.add(option.longestName()); // a flag, given once
                continue;
            }
            for (String value : option.originalStringValues()) {
                shared.add(option.longestName());
                shared.add(value);
            }
        }
        return shared;
    }

    private static String classPath() {
        try {
            Path codeSource = Path.of(Simulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // the runnable jar holds every dependency; a classes directory (an IDE, a test) has them elsewhere
            return Files.isRegularFile(codeSource) ? codeSource.toString() : System.getProperty("java.class.path");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the simulator's classes are", e);
        }
    }
}
