package io.lockernet.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run of more lockers than one process can hold, as child processes of one slice each. Every child logs to this
 * process's standard error and writes its summary as the last line of its standard output; this process sums the
 * summaries into one. The children stop with their own {@code --duration}, and when their standard input closes:
 * on {@link #stop}, or when this process dies.
 */
final class ProcessSplit {

    private static final System.Logger LOG = System.getLogger(ProcessSplit.class.getName());

    private final List<Child> children = new ArrayList<>();
    private final PrintStream out;
    private boolean stopped;

    ProcessSplit(PrintStream out) {
        this.out = out;
    }

    /** Starts the child for a slice with so many hostile lockers; none after a stop. */
    synchronized void start(LockerSeries slice, int hostileLockers, List<String> command) {
        if (stopped) {
            return;
        }
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            LOG.log(Level.INFO, "lockers {0} to {1}: child process {2}", LockerSeries.lockerId(slice.first()),
                    LockerSeries.lockerId(slice.first() + slice.count() - 1), String.valueOf(process.pid()));
            Child child = new Child(slice, hostileLockers, process);
            children.add(child);
            child.reader.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child process: " + command, e);
        }
    }

    /**
     * Asks every child to stop by closing its standard input: each closes its lockers and writes its summary.
     * Not {@link Process#destroy}, which would also close the pipe the summary comes through.
     */
    synchronized void stop() {
        stopped = true;
        for (Child child : children) {
            try {
                child.process.getOutputStream().close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot tell child process {0} to stop ({1}); signalling it",
                        String.valueOf(child.process.pid()), e);
                child.process.toHandle().destroy();
            }
        }
    }

    /**
     * Waits for every child to end and sums their summaries; a child that ended without one counts with its lockers
     * asked for and nothing done.
     */
    Result await() {
        RunSummary total = null;
        boolean complete = true;
        for (Child child : children()) {
            Optional<RunSummary> summary = child.await();
            if (summary.isEmpty()) {
                complete = false;
                LOG.log(Level.ERROR, "child process {0} ended without a summary",
                        String.valueOf(child.process.pid()));
            }
            RunSummary part = summary.orElseGet(() -> new RunStatistics(child.slice.count(), child.hostileLockers)
                    .summary());
            total = total == null ? part : total.plus(part);
        }
        return new Result(total, complete);
    }

    private synchronized List<Child> children() {
        return List.copyOf(children);
    }

    /** The sum of the children's summaries; complete when every child gave one. */
    record Result(RunSummary summary, boolean complete) {
    }

    private final class Child {
        private final LockerSeries slice;
        private final int hostileLockers;
        private final Process process;
        private final Thread reader;
        private volatile RunSummary summary;

        Child(LockerSeries slice, int hostileLockers, Process process) {
            this.slice = slice;
            this.hostileLockers = hostileLockers;
            this.process = process;
            this.reader = new Thread(this::read, "child-" + process.pid());
            this.reader.setDaemon(true);
        }

        /** Passes the child's output on, but for its summary line, which it keeps. */
        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Optional<RunSummary> parsed = RunSummary.fromJson(line);
                    if (parsed.isPresent()) {
                        summary = parsed.get();
                    } else {
                        out.println(line);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.ERROR, "cannot read child process {0}: {1}", String.valueOf(process.pid()), e);
            }
        }

        Optional<RunSummary> await() {
            try {
                process.waitFor();
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.ofNullable(summary);
        }
    }
}
