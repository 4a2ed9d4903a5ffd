package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The options of --demo: defaults that fit ./lockernet up, and settings the demo cannot work with. */
class DemoOptionsTest {

    @Test
    void theDefaultsFitTheLocalSystem() {
        DemoOptions options = parse("--demo");

        assertTrue(options.enabled());
        assertEquals(List.of("acme", "bravo"), options.retailers());
        assertEquals("https://localhost:8443", options.partnerBase().toString());
        assertEquals(2525, options.smtpPort());
        assertEquals(Duration.ofSeconds(60), options.orderEvery());
        assertEquals(null, options.mailDir());
        assertEquals(CustomerDelay.DEFAULT, options.customerDelay());
    }

    @Test
    void aTestMayHaveItsCustomersComeWithinSeconds() {
        assertEquals(CustomerDelay.parse("1s..5s"), parse("--demo", "--demo-customer-delay", "1s..5s").customerDelay());
        assertUsageError("--demo-customer-delay", "--demo", "--demo-customer-delay", "5s..1s");
        assertUsageError("--demo-customer-delay", "--demo", "--demo-customer-delay", "soon");
    }

    @Test
    void theDemoPasswordIsBesideTheClientsSecretsUnlessGiven() {
        Path clients = Path.of("/home/x/.lockernet/secrets/clients");

        assertEquals(Path.of("/home/x/.lockernet/secrets/demo-password"), parse("--demo").passwordFile(clients));
        assertEquals(Path.of("/tmp/pw"), parse("--demo", "--demo-password-file", "/tmp/pw").passwordFile(clients));
    }

    @Test
    void retailersAreAListOfRetailerIds() {
        assertEquals(List.of("acme", "carl2"), parse("--demo", "--demo-retailers", "acme,carl2").retailers());
        assertUsageError("not a retailer id", "--demo", "--demo-retailers", "acme,../etc");
    }

    @Test
    void settingsTheDemoCannotWorkWithAreUsageErrors() {
        assertUsageError("--demo-order-every", "--demo", "--demo-order-every", "1");
        assertUsageError("--smtp-port", "--demo", "--smtp-port", "70000");
        CommandLine commandLine = commandLine("--demo");
        DemoOptions options = commandLine.getCommand();
        ParameterException split = assertThrows(ParameterException.class, () -> options.check(commandLine, false));
        assertTrue(split.getMessage().contains("split"), split.getMessage());
    }

    @Test
    void withoutDemoNothingIsChecked() {
        CommandLine commandLine = commandLine("--demo-order-every", "1");
        DemoOptions options = commandLine.getCommand();

        assertFalse(options.enabled());
        options.check(commandLine, false);
    }

    private static DemoOptions parse(String... args) {
        return commandLine(args).getCommand();
    }

    private static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new DemoOptions());
        commandLine.parseArgs(args);
        return commandLine;
    }

    private static void assertUsageError(String message, String... args) {
        CommandLine commandLine = commandLine(args);
        DemoOptions options = commandLine.getCommand();
        ParameterException wrong = assertThrows(ParameterException.class, () -> options.check(commandLine, true));
        assertTrue(wrong.getMessage().contains(message), wrong.getMessage());
    }
}
