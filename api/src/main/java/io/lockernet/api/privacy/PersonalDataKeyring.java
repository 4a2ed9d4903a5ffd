package io.lockernet.api.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A retailer's keystore on disk, read again when it changes, so that a key added by {@code ./lockernet rotate-key}
 * is used without a redeployment. The file is looked at no more than once a second (and at once when asked for a
 * version not yet known), so that sealing a field costs no file-system call.
 */
public final class PersonalDataKeyring {

    private static final Logger LOG = Logger.getLogger(PersonalDataKeyring.class.getName());
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);

    private final Path keystore;
    private final Path passwordFile;
    private final Clock clock;
    private volatile PersonalDataKeys keys;
    private volatile FileTime modified;
    private volatile Instant lookedAt = Instant.MIN;

    public PersonalDataKeyring(Path keystore, Path passwordFile, Clock clock) {
        this.keystore = keystore;
        this.passwordFile = passwordFile;
        this.clock = clock;
    }

    /**
     * Retailer {@code retailer}'s keyring under {@code keysDir}: {@code retailer-ID/personal-data.p12} and its
     * password in {@code retailer-ID/personal-data.password}, both readable by the server's user only.
     */
    public static PersonalDataKeyring of(Path keysDir, String retailer, Clock clock) {
        Path dir = keysDir.resolve("retailer-" + retailer);
        return new PersonalDataKeyring(dir.resolve("personal-data.p12"), dir.resolve("personal-data.password"), clock);
    }

    /** The keys as the keystore holds them now (at most a second old). */
    public PersonalDataKeys keys() {
        Instant now = clock.instant();
        if (keys == null || now.isAfter(lookedAt.plus(LOOK_EVERY))) {
            lookedAt = now;
            reloadIfChanged();
        }
        return keys;
    }

    /** Key version {@code number}, reading the keystore again first if it is not known yet. */
    public PersonalDataKeys.Version version(int number) {
        PersonalDataKeys known = keys();
        try {
            return known.version(number);
        } catch (MissingKeyException unknown) {
            reloadIfChanged();
            return keys.version(number);
        }
    }

    public Path keystore() {
        return keystore;
    }

    private synchronized void reloadIfChanged() {
        FileTime now;
        try {
            now = Files.getLastModifiedTime(keystore);
        } catch (IOException e) {
            if (keys != null) {
                return; // keep the keys read before: a keystore being replaced must not stop the service
            }
            throw new MissingKeyException("no personal-data keystore at " + keystore
                    + " (./lockernet makes one per retailer; see docs/security.md, Personal data at rest)", e);
        }
        if (keys != null && now.equals(modified)) {
            return;
        }
        try {
            keys = PersonalDataKeys.load(keystore, passwordFile);
            modified = now;
        } catch (MissingKeyException e) {
            if (keys == null) {
                throw e;
            }
            // a keystore caught half-written keeps the keys read before; it is read again at the next look
            LOG.log(Level.WARNING, "keeping the personal-data keys read before: {0}", e.getMessage());
        }
    }
}
