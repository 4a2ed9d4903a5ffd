package io.lockernet.partner.carrier.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The customer's link to follow an order: 256 random bits (URL-safe base64), which the link carries and nobody can
 * guess, and their SHA-256, which is all the Partner DB keeps once the e-mail went out. A leaked database gives no
 * working link.
 */
public record TrackingLink(String token, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static TrackingLink fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new TrackingLink(token, hashOf(token));
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** Whether a string can be a token at all (43 URL-safe base64 characters), before any lookup. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
