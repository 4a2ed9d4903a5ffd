package io.lockernet.api.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens one field of personal data. A sealed value is text, so it fits the columns it replaces:
 * {@code pd1.<key version>.<base64url of a random 12-byte IV and the AES-GCM ciphertext with its 16-byte tag>}, the
 * column it belongs to ({@code customer.email}) bound in as associated data. GCM both hides and authenticates: a
 * value altered in the database, or moved to another column, does not open; it fails loudly.
 * <p>
 * Values written before sealing began were marked {@code pd0.} by the migration that brought sealing (V8): they open
 * as they are until re-sealing seals them, and {@link #versionOf} reports them as version 0. A value with neither
 * prefix is not ours, and does not open.
 */
public final class PersonalDataCipher {

    /** What is shown for a sealed value that does not open. */
    public static final String UNREADABLE = "(sealed, does not open)";
    private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class.getName());
    static final String PREFIX = "pd1.";
    static final String CLEAR = "pd0.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeyring keyring;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Retailer {@code retailer}'s cipher, its keystore under {@code keysDir} (server property
     * {@code lockernet.partner.keys-dir}); a {@link MissingKeyException} when that is not set.
     */
    public static PersonalDataCipher of(Optional<String> keysDir, String retailer) {
        String dir = keysDir.filter(d -> !d.isBlank()).orElseThrow(() -> new MissingKeyException(
                "lockernet.partner.keys-dir is not set: no key to seal customers' personal data with"));
        return new PersonalDataCipher(PersonalDataKeyring.of(Path.of(dir), retailer, Clock.systemUTC()));
    }

    /** {@code clear}, a value of {@code column} ({@code table.column}), sealed under the current key; null stays null.
     */
    public String seal(String clear, String column) {
        if (clear == null) {
            return null;
        }
        PersonalDataKeys.Version key = keyring.keys().current();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.sealing(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + key.number() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data with key version " + key.number(), e);
        }
    }

    /** The clear value of a sealed value of {@code column} (or of one written before sealing began); null for null. */
    public String open(String stored, String column) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(CLEAR)) {
            return stored.substring(CLEAR.length());
        }
        int dot = stored.indexOf('.', PREFIX.length());
        PersonalDataKeys.Version key = keyring.version(versionOf(stored));
        try {
            byte[] in = Base64.getUrlDecoder().decode(stored.substring(dot + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.sealing(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("personal data sealed with key version " + key.number()
                    + " does not open: altered, moved from another column, or sealed by another retailer's key", e);
        }
    }

    /**
     * As {@link #open}, but a value that does not open (altered, moved from another column, written in clear where
     * sealed data belongs) reads as {@link #UNREADABLE}, logged, so that one such row does not take every list it is in
     * down with it. A missing key is no such row: that still fails.
     */
    public String openOrMark(String stored, String column) {
        try {
            return open(stored, column);
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "a sealed value of {0} does not open: {1}", new Object[] {column, e.getMessage()});
            return UNREADABLE;
        }
    }

    /**
     * The key version a stored value was sealed with: 0 for a value written before sealing began, null for null; an
     * {@link IllegalStateException} for a value that is neither.
     */
    public static Integer versionOf(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(CLEAR)) {
            return 0;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a value that is not sealed where personal data is kept sealed");
        }
        return number(stored, PREFIX.length(), "a sealed value names no key version");
    }

    /** The lookup key version of a stored lookup hash ({@code <version>.<hex>}), null for null. */
    public static Integer hashVersionOf(String hash) {
        return hash == null ? null : number(hash, 0, "a lookup hash names no key version");
    }

    private static int number(String value, int from, String otherwise) {
        int dot = value.indexOf('.', from);
        try {
            return Integer.parseInt(value.substring(from, dot < 0 ? value.length() : dot));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalStateException(otherwise, e);
        }
    }

    /** The current key version. */
    public int currentVersion() {
        return keyring.keys().current().number();
    }

    /**
     * The keyed hash by which an e-mail address is found (the address trimmed and lower-cased), under the current
     * lookup key: {@code <version>.<64 hex digits>}. Without the key, the hash does not tell whether an address guessed
     * is a customer.
     */
    public String lookupHash(String email) {
        return email == null ? null : hash(keyring.keys().current(), email);
    }

    /** The hashes under every key version held: a row not yet re-sealed is found by its older one. */
    public List<String> lookupHashes(String email) {
        List<String> hashes = new ArrayList<>();
        keyring.keys().all().forEach(version -> hashes.add(hash(version, email)));
        return hashes;
    }

    private static String hash(PersonalDataKeys.Version key, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.lookup());
            return key.number() + "." + HexFormat.of().formatHex(mac.doFinal(email.strip().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash with lookup key version " + key.number(), e);
        }
    }
}
