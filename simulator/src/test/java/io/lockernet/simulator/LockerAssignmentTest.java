package io.lockernet.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class LockerAssignmentTest {

    @Test
    void lockerAtShepherdNumberNamesTheLockerAndItsEndpoint() {
        LockerAssignment assignment = LockerAssignment.parse("L-0001@1");

        assertEquals("L-0001", assignment.lockerId());
        assertEquals(1, assignment.shepherd());
        assertEquals(URI.create("ws://localhost:8080/shepherd-1/lockers"),
                assignment.endpoint(URI.create("ws://localhost:8080/")));
        assertEquals("locker-L-0001", assignment.clientId());
    }

    @Test
    void onlyTheLastAtSignSeparatesTheShepherdNumber() {
        assertEquals(new LockerAssignment("odd@name", 12), LockerAssignment.parse("odd@name@12"));
    }

    @Test
    void aShepherdNumberAfterASlashIsTheFallback() {
        LockerAssignment assignment = LockerAssignment.parse("L-0001@1/2");

        assertEquals(new LockerAssignment("L-0001", 1, 2), assignment);
        assertEquals(Optional.of(URI.create("ws://localhost:8080/shepherd-2/lockers")),
                assignment.fallbackEndpoint(URI.create("ws://localhost:8080")));
        assertEquals("L-0001@1/2", assignment.toString());
        assertEquals(Optional.empty(), LockerAssignment.parse("L-0001@1").fallbackEndpoint(URI.create("ws://x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"L-0001", "@1", "L-0001@", "L-0001@one", "L-0001@0", "L-0001@-2", "L-0001@1/",
            "L-0001@1/1", "L-0001@1/0", "L-0001@1/two", "L-0001@/2"})
    void malformedAssignmentsAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> LockerAssignment.parse(text));
    }

    @Test
    void lockerOptionCanBeRepeatedAndDefaultsPointAtTheLocalDemo() {
        Simulator simulator = new Simulator();

        Simulator.commandLine(simulator).parseArgs("--locker", "L-0001@1", "--locker", "L-0002@2");

        assertEquals(List.of(new LockerAssignment("L-0001", 1), new LockerAssignment("L-0002", 2)),
                simulator.lockers);
        assertEquals("https://localhost:8180/realms/lockernet", simulator.keycloak);
        assertEquals(URI.create("wss://localhost:8443"), simulator.shepherdBase);
        assertEquals(java.nio.file.Path.of(".lockernet/secrets/clients"), simulator.secretsDir);
        assertEquals(3000, simulator.doorOpenMs);
        assertEquals(0, simulator.durationSeconds);
    }

    @Test
    void malformedLockerOptionIsAUsageError() {
        StringWriter errors = new StringWriter();
        CommandLine commandLine = Simulator.commandLine(new Simulator()).setErr(new PrintWriter(errors));

        int exitCode = commandLine.execute("--locker", "L-0001");

        assertEquals(CommandLine.ExitCode.USAGE, exitCode);
        assertTrue(errors.toString().contains("L-0001"), errors.toString());
    }
}
