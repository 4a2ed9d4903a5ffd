package io.lockernet.core.reservation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pickup and return codes: six random digits, handed out once and kept only as an HMAC-SHA256 of a per-code salt and
 * the code, keyed with a pepper that lives outside the database (a file named by {@code lockernet.code.pepper-file},
 * which {@code ./lockernet up} makes once, readable by its owner only). Six digits are a million candidates: any hash
 * of them alone is read back from a stolen table in seconds, so the pepper is what protects the codes of a copied
 * database; the keypad lockout protects them at the locker. Codes stored before the pepper (PBKDF2, no prefix) are
 * still recognised until their reservations end.
 */
@ApplicationScoped
public class PickupCodes {

    private static final String HMAC = "hmac:";
    private static final int LEGACY_ITERATIONS = 10_000;
    private static final int DIGITS = 6;
    private static final int MIN_PEPPER_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "lockernet.code.pepper-file")
    Optional<String> pepperFile;

    private SecretKeySpec pepper;

    PickupCodes() {
        // for CDI; the pepper is read when the bean starts
    }

    /** With the pepper given, for tests of the rules. */
    PickupCodes(byte[] pepper) {
        this.pepper = new SecretKeySpec(pepper, "HmacSHA256");
    }

    @PostConstruct
    void readPepper() {
        Path file = Path.of(pepperFile.orElseThrow(() -> new IllegalStateException("set lockernet.code.pepper-file to "
                + "a file of at least " + MIN_PEPPER_BYTES + " random bytes, base64 (./lockernet up makes one)")));
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (bytes.length < MIN_PEPPER_BYTES) {
                throw new IllegalStateException(file + " holds " + bytes.length + " bytes; the pepper needs at least "
                        + MIN_PEPPER_BYTES);
            }
            pepper = new SecretKeySpec(bytes, "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code pepper " + file, e);
        }
    }

    public static String newCode() {
        int bound = (int) Math.pow(10, DIGITS);
        return String.format("%0" + DIGITS + "d", RANDOM.nextInt(bound));
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    public String hash(String code, String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            mac.update(Base64.getDecoder().decode(salt));
            return HMAC + Base64.getEncoder().encodeToString(mac.doFinal(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** Compares in constant time, so timing tells a guesser nothing. */
    public boolean matches(String code, String salt, String stored) {
        String computed = stored.startsWith(HMAC) ? hash(code, salt) : legacyHash(code, salt);
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }

    static String legacyHash(String code, String salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), Base64.getDecoder().decode(salt), LEGACY_ITERATIONS, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
