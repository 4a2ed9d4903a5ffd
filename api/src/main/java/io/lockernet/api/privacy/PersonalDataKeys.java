package io.lockernet.api.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * One retailer's keys as read from its keystore at one moment. Key version N is the pair of secret-key entries
 * {@code personal-data-N} (AES, seals the data) and {@code lookup-N} (HmacSHA256, the keyed hash of e-mail addresses);
 * the highest N present as a pair is the current one, used for everything written. Older versions stay in the keystore
 * for as long as anything (a row, a backup) may still be sealed with them.
 */
public final class PersonalDataKeys {

    private static final Pattern SEALING = Pattern.compile("personal-data-(\\d{1,6})");

    /** A key version: the sealing key and the lookup key. */
    public record Version(int number, SecretKey sealing, SecretKey lookup) {
    }

    private final NavigableMap<Integer, Version> versions;

    PersonalDataKeys(Map<Integer, Version> versions) {
        if (versions.isEmpty()) {
            throw new MissingKeyException("the keystore holds no key pair personal-data-N and lookup-N");
        }
        this.versions = Collections.unmodifiableNavigableMap(new TreeMap<>(versions));
    }

    /** Reads the keystore; its password is the first line of {@code passwordFile}. */
    public static PersonalDataKeys load(Path keystore, Path passwordFile) {
        try {
            char[] password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            Map<Integer, Version> versions = new TreeMap<>();
            for (String alias : Collections.list(store.aliases())) {
                Matcher sealing = SEALING.matcher(alias);
                if (!sealing.matches()) {
                    continue;
                }
                int number = Integer.parseInt(sealing.group(1));
                Key key = store.getKey(alias, password);
                Key lookup = store.getKey("lookup-" + number, password);
                if (key instanceof SecretKey s && lookup instanceof SecretKey l) {
                    versions.put(number, new Version(number, s, l));
                }
            }
            return new PersonalDataKeys(versions);
        } catch (IOException | GeneralSecurityException e) {
            throw new MissingKeyException("cannot read the personal-data keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    public Version current() {
        return versions.lastEntry().getValue();
    }

    /** The version a value was sealed with; a {@link MissingKeyException} when this keystore lacks it. */
    public Version version(int number) {
        Version version = versions.get(number);
        if (version == null) {
            throw new MissingKeyException("personal data sealed with key version " + number
                    + ", which the keystore does not hold (versions " + versions.keySet() + ")");
        }
        return version;
    }

    public Iterable<Version> all() {
        return versions.values();
    }
}
