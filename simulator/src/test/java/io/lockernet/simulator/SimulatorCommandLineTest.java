package io.lockernet.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.Hostility;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The options that choose the lockers, their Shepherds and their hostility, and how a split run hands them on. */
class SimulatorCommandLineTest {

    private static final List<String> LAUNCHER = List.of("java", "-cp", "simulator.jar", "Simulator");

    @Test
    void lockersOptionTakesTheFirstLockersOfTheSeriesOnTwoShepherds() {
        assertEquals(List.of(new LockerAssignment("L-0001", 1, 2), new LockerAssignment("L-0002", 2, 1),
                new LockerAssignment("L-0003", 1, 2)), parse("--lockers", "3").assignments());
    }

    @Test
    void shepherdsAndFirstLockerChooseWhereTheSeriesStartsAndHowItIsSpread() {
        assertEquals(List.of(new LockerAssignment("L-0101", 2, 3), new LockerAssignment("L-0102", 3, 1)),
                parse("--lockers", "2", "--shepherds", "3", "--first-locker", "101").assignments());
    }

    @Test
    void lockerOptionKeepsItsOrderAndTakesAFallback() {
        assertEquals(List.of(new LockerAssignment("L-0004", 2), new LockerAssignment("L-0001", 1, 2)),
                parse("--locker", "L-0004@2", "--locker", "L-0001@1/2").assignments());
    }

    @Test
    void oneOfLockerAndLockersIsRequired() {
        assertUsageError("Missing lockers");
        assertUsageError("do not go together", "--locker", "L-0001@1", "--lockers", "2");
    }

    @Test
    void seriesOptionsDoNotGoWithSingleLockers() {
        ParameterException wrong = assertThrows(ParameterException.class,
                () -> parse("--locker", "L-0001@1", "--shepherds", "3").assignments());
        assertTrue(wrong.getMessage().contains("--shepherds"), wrong.getMessage());
    }

    @Test
    void moreHostileLockersThanLockersIsAUsageError() {
        assertUsageError("--hostile-lockers", "--lockers", "2", "--hostile", "flood", "--hostile-lockers", "3");
    }

    @Test
    void theDemoTypesAtLockersOfItsOwnProcessSoItDoesNotGoWithASplitRun() {
        assertUsageError("--demo", "--lockers", "10", "--lockers-per-process", "4", "--demo");
        assertUsageError("--demo-order-every", "--lockers", "2", "--demo", "--demo-order-every", "0");
    }

    @Test
    void hostileModesAreAListInAnyCase() {
        Simulator simulator = parse("--lockers", "4", "--hostile", "flood,FORGE", "--hostile", "malformed",
                "--hostile-lockers", "2");

        assertEquals(List.of(Hostility.FLOOD, Hostility.FORGE, Hostility.MALFORMED), simulator.hostility);
        assertEquals(2, simulator.hostileLockers);
        assertEquals(List.of(), parse("--lockers", "4").hostility);
    }

    @Test
    void aChildGetsTheOptionsAsGivenAndItsOwnSliceAndShares() {
        Simulator simulator = parse("--lockers", "10", "--keycloak", "http://kc/realms/x", "--jammed-lock",
                "--hostile", "flood,forge", "--hostile-lockers", "6", "--connect-rate", "100", "--readings", "7",
                "--lockers-per-process", "4");
        LockerSeries whole = new LockerSeries(1, 10, 2);
        ChildCommand command = new ChildCommand(LAUNCHER, simulator);

        List<String> second = command.forSlice(whole, new LockerSeries(5, 4, 2));

        assertEquals(LAUNCHER, second.subList(0, 4));
        List<String> options = second.subList(4, second.size());
        assertEquals("http://kc/realms/x", after(options, "--keycloak"));
        assertTrue(options.contains("--jammed-lock"), options.toString());
        assertEquals("flood,forge", after(options, "--hostile"));
        assertEquals("4", after(options, "--lockers-per-process"));
        assertTrue(options.contains("--child"), options.toString());
        assertEquals("5", after(options, "--first-locker"));
        assertEquals("4", after(options, "--lockers"));
        assertEquals("40", after(options, "--connect-rate"));
        assertEquals("2", after(options, "--hostile-lockers"));
        assertEquals("3", after(options, "--readings"));
        assertEquals(1, options.stream().filter("--lockers"::equals).count(), "the parent's --lockers is left out");
    }

    @Test
    void aChildParsesWhatItIsGivenBackIntoItsSlice() {
        Simulator parent = parse("--lockers", "10", "--shepherds", "3", "--hostile", "malformed",
                "--lockers-per-process", "4", "--stuck-door-sensor", "--door-open-ms=250");
        List<String> command = new ChildCommand(LAUNCHER, parent).forSlice(new LockerSeries(1, 10, 3),
                new LockerSeries(9, 2, 3));

        Simulator child = parse(command.subList(4, command.size()).toArray(String[]::new));

        assertTrue(child.child);
        assertEquals(new LockerSeries(9, 2, 3).assignments(), child.assignments());
        assertEquals(0, child.hostileLockers);
        assertEquals(List.of(Hostility.MALFORMED), child.hostility);
        assertTrue(child.stuckDoorSensor);
        assertEquals(250, child.doorOpenMs);
    }

    private static Simulator parse(String... args) {
        Simulator simulator = new Simulator();
        Simulator.commandLine(simulator).parseArgs(args);
        return simulator;
    }

    private static void assertUsageError(String message, String... args) {
        StringWriter errors = new StringWriter();
        CommandLine commandLine = Simulator.commandLine(new Simulator()).setErr(new PrintWriter(errors));

        assertEquals(CommandLine.ExitCode.USAGE, commandLine.execute(args));
        assertTrue(errors.toString().contains(message), errors.toString());
    }

    private static String after(List<String> options, String name) {
        return options.get(options.indexOf(name) + 1);
    }
}
