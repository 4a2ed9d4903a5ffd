package io.lockernet.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A client's secret as {@code ./lockernet} keeps it: alone in a file named for the client, readable by its owner only
 * ({@code .lockernet/secrets/clients/locker-L-0001}). Read from there, a secret never appears on a command line.
 */
final class ClientSecrets {

    private ClientSecrets() {
    }

    static String read(Path dir, String clientId) {
        Path file = dir.resolve(clientId);
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no secret for client " + clientId + " in " + file
                    + " (--secrets-dir: where ./lockernet keeps the clients' secrets)", e);
        }
    }
}
