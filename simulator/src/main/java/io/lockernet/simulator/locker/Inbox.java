package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CodeResult;
import io.lockernet.api.protocol.Command;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a simulated locker received, kept for tests to inspect: recent frames, recent commands, and the commands
 * no test has claimed yet. Bounded, because the command-line simulator runs for hours and never looks.
 */
final class Inbox {

    private static final int CAPACITY = 10_000;

    private final BoundedHistory<String> frames = new BoundedHistory<>(CAPACITY);
    private final BoundedHistory<Command> commands = new BoundedHistory<>(CAPACITY);
    private final BlockingQueue<Command> unclaimed = new LinkedBlockingQueue<>(CAPACITY);
    private final BlockingQueue<CodeResult> codeResults = new LinkedBlockingQueue<>(CAPACITY);

    void frame(String frame) {
        frames.add(frame);
    }

    void command(Command command) {
        commands.add(command);
        while (!unclaimed.offer(command)) {
            unclaimed.poll();
        }
    }

    Optional<Command> claimCommand(Duration timeout) {
        try {
            return Optional.ofNullable(unclaimed.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    void codeResult(CodeResult result) {
        while (!codeResults.offer(result)) {
            codeResults.poll();
        }
    }

    Optional<CodeResult> claimCodeResult(Duration timeout) {
        try {
            return Optional.ofNullable(codeResults.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    List<String> frames() {
        return frames.snapshot();
    }

    List<Command> commands() {
        return commands.snapshot();
    }
}
