package io.lockernet.core.reservation.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Pickup codes: six random digits, handed out once and kept only as a salted PBKDF2-HMAC-SHA256 hash. The JDK's own
 * PBKDF2 is the field's library here. A six-digit code can be brute-forced from a stolen hash whatever the hash, so
 * the real protection is the keypad lockout; the work factor only makes a stolen table slower to read.
 */
public final class PickupCodes {

    /** Per code compared; a keypad entry compares with every parcel waiting in that locker. */
    static final int ITERATIONS = 10_000;
    private static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PickupCodes() {
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

    public static String hash(String code, String salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), Base64.getDecoder().decode(salt), ITERATIONS, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** Compares in constant time, so timing tells a guesser nothing. */
    public static boolean matches(String code, String salt, String expectedHash) {
        return MessageDigest.isEqual(hash(code, salt).getBytes(), expectedHash.getBytes());
    }
}
