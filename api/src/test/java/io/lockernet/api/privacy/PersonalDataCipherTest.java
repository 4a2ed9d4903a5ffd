package io.lockernet.api.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTest {

    private static final char[] PASSWORD = "test-only-password".toCharArray();
    private static final String NAME = "customer.name";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();

    @Test
    void aSealedValueOpensToTheClearOneButShowsNothingOfIt() throws Exception {
        PersonalDataCipher cipher = cipher("acme", 1);
        String sealed = cipher.seal("Grace Hopper <grace@example.org>", NAME);
        assertTrue(sealed.startsWith("pd1.1."), sealed);
        assertFalse(sealed.toLowerCase().contains("grace"), sealed);
        assertEquals("Grace Hopper <grace@example.org>", cipher.open(sealed, NAME));
        assertNotEquals(sealed, cipher.seal("Grace Hopper <grace@example.org>", NAME), "a fresh IV every time");
        assertNull(cipher.seal(null, NAME));
        assertNull(cipher.open(null, NAME));
        assertEquals("Zoë Ødegård ☎", cipher.open(cipher.seal("Zoë Ødegård ☎", NAME), NAME));
    }

    @Test
    void aValueAlteredInTheDatabaseOrSealedByAnotherRetailerDoesNotOpen() throws Exception {
        PersonalDataCipher acme = cipher("acme", 1);
        PersonalDataCipher bravo = cipher("bravo", 1);
        String sealed = acme.seal("Ada Lovelace", NAME);
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring("pd1.1.".length()));
        bytes[bytes.length - 20] ^= 1;
        String altered = "pd1.1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> acme.open(altered, NAME));
        assertThrows(IllegalStateException.class, () -> bravo.open(sealed, NAME));
    }

    @Test
    void afterARotationNewValuesUseTheNewKeyAndOldOnesStillOpen() throws Exception {
        PersonalDataCipher cipher = cipher("acme", 1);
        String old = cipher.seal("Alan Turing", NAME);
        String oldHash = cipher.lookupHash("alan@example.org");
        addVersion("acme", 2);
        clock.advance(Duration.ofSeconds(2));

        String fresh = cipher.seal("Alan Turing", NAME);
        assertEquals(2, PersonalDataCipher.versionOf(fresh));
        assertEquals(1, PersonalDataCipher.versionOf(old));
        assertEquals("Alan Turing", cipher.open(old, NAME));
        assertEquals("Alan Turing", cipher.open(fresh, NAME));
        assertNotEquals(oldHash, cipher.lookupHash("alan@example.org"), "the lookup key rotates with the sealing key");
        assertTrue(cipher.lookupHashes("alan@example.org").contains(oldHash), "rows not yet re-sealed are found");
    }

    @Test
    void aValueSealedUnderAVersionNotYetReadIsOpenedByReadingTheKeystoreAgain() throws Exception {
        PersonalDataCipher reader = cipher("acme", 1);
        reader.seal("first look at the keystore", NAME);
        addVersion("acme", 2);
        PersonalDataCipher writer = new PersonalDataCipher(PersonalDataKeyring.of(dir, "acme", clock));
        String sealed = writer.seal("Katherine Johnson", NAME);
        assertEquals("Katherine Johnson", reader.open(sealed, NAME), "no waiting for the once-a-second look");
    }

    @Test
    void aHalfWrittenRotationIsNotUsedUntilBothKeysAreThere() throws Exception {
        PersonalDataCipher cipher = cipher("acme", 1);
        KeyStore store = store("acme");
        store.setEntry("personal-data-2", new KeyStore.SecretKeyEntry(KeyGenerator.getInstance("AES").generateKey()),
                new KeyStore.PasswordProtection(PASSWORD));
        save("acme", store);
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, cipher.currentVersion(), "personal-data-2 without lookup-2 is no key version yet");
    }

    @Test
    void aKeystoreCaughtHalfWrittenKeepsTheKeysReadBefore() throws Exception {
        PersonalDataCipher cipher = cipher("acme", 1);
        String sealed = cipher.seal("Hedy Lamarr", NAME);
        Path file = dir.resolve("retailer-acme/personal-data.p12");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        clock.advance(Duration.ofSeconds(2));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(clock.instant()));
        assertEquals("Hedy Lamarr", cipher.open(sealed, NAME), "the keys read before go on serving");
        assertEquals(1, cipher.currentVersion());
    }

    @Test
    void theLookupHashIgnoresCaseAndSpaceButNotTheAddress() throws Exception {
        PersonalDataCipher cipher = cipher("acme", 1);
        assertEquals(cipher.lookupHash("Grace@Example.org "), cipher.lookupHash("grace@example.org"));
        assertNotEquals(cipher.lookupHash("grace@example.org"), cipher.lookupHash("grace@example.com"));
        assertTrue(cipher.lookupHash("grace@example.org").matches("1\\.[0-9a-f]{64}"),
                "the lookup key's version and the hash: " + cipher.lookupHash("grace@example.org"));
        assertEquals(1, PersonalDataCipher.hashVersionOf(cipher.lookupHash("grace@example.org")));
        assertNotEquals(cipher.lookupHash("grace@example.org"), cipher("bravo", 1).lookupHash("grace@example.org"));
    }

    @Test
    void aValueWrittenBeforeSealingBeganOpensAsItIsAndCountsAsVersionZeroButAnUnmarkedOneIsRefused() throws Exception {
        PersonalDataCipher cipher = cipher("acme", 1);
        assertEquals("Grace Hopper", cipher.open("pd0.Grace Hopper", NAME));
        assertEquals(0, PersonalDataCipher.versionOf("pd0.Grace Hopper"));
        assertEquals("pd1.smith@example.org", cipher.open("pd0.pd1.smith@example.org", NAME),
                "a clear value that looks sealed is told apart by its mark");
        assertThrows(IllegalStateException.class, () -> cipher.open("Grace Hopper", NAME),
                "clear text written where sealed data belongs does not pass for personal data");
        assertThrows(IllegalStateException.class, () -> PersonalDataCipher.versionOf("Grace Hopper"));
    }

    @Test
    void aSealedValueMovedToAnotherColumnDoesNotOpen() throws Exception {
        PersonalDataCipher cipher = cipher("acme", 1);
        String email = cipher.seal("grace@example.org", "customer.email");
        assertEquals("grace@example.org", cipher.open(email, "customer.email"));
        assertThrows(IllegalStateException.class, () -> cipher.open(email, "customer.name"));
        assertEquals(PersonalDataCipher.UNREADABLE, cipher.openOrMark(email, "customer.name"),
                "a list shows it as such and goes on");
    }

    @Test
    void withoutAKeystoreNothingIsSealedAndTheAnswerSaysWhereItWasLookedFor() {
        PersonalDataCipher cipher = new PersonalDataCipher(PersonalDataKeyring.of(dir, "nobody", clock));
        MissingKeyException missing = assertThrows(MissingKeyException.class, () -> cipher.seal("Grace Hopper", NAME));
        assertTrue(missing.getMessage().contains("retailer-nobody/personal-data.p12"), missing.getMessage());
    }

    private PersonalDataCipher cipher(String retailer, int version) throws Exception {
        if (!Files.exists(dir.resolve("retailer-" + retailer))) {
            Files.createDirectories(dir.resolve("retailer-" + retailer));
            Files.writeString(dir.resolve("retailer-" + retailer + "/personal-data.password"),
                    new String(PASSWORD) + "\n");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, PASSWORD);
            save(retailer, store);
        }
        addVersion(retailer, version);
        return new PersonalDataCipher(PersonalDataKeyring.of(dir, retailer, clock));
    }

    private void addVersion(String retailer, int version) throws Exception {
        KeyStore store = store(retailer);
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(PASSWORD);
        store.setEntry("lookup-" + version,
                new KeyStore.SecretKeyEntry(KeyGenerator.getInstance("HmacSHA256").generateKey()), protection);
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        store.setEntry("personal-data-" + version, new KeyStore.SecretKeyEntry(aes.generateKey()), protection);
        save(retailer, store);
    }

    private KeyStore store(String retailer) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(dir.resolve("retailer-" + retailer + "/personal-data.p12"))) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private void save(String retailer, KeyStore store) throws Exception {
        Path file = dir.resolve("retailer-" + retailer + "/personal-data.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        // the file's time moves on with every write, as the keyring expects of a real one
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(clock.instant()));
        clock.advance(Duration.ofMillis(1));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
