package io.lockernet.core.device.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

class MessageSendersTest {

    private static final String REALM = "https://localhost:8180/realms/lockernet";
    private static final RsaJsonWebKey REALM_KEY = key();
    private static final RsaJsonWebKey OTHER_KEY = key();

    private final MutableClock clock = new MutableClock();
    private final MessageSenders senders = new MessageSenders(REALM, Duration.ofMinutes(60),
            new JwksVerificationKeyResolver(List.of(REALM_KEY)), clock);

    @Test
    void aShepherdsOwnTokenShowsItIsTheShepherdItNames() {
        assertEquals("shepherd-2", senders.shepherd(token("shepherd-2", 300), "shepherd-2"));
    }

    @Test
    void aShepherdNamingAnotherIsCaughtByItsOwnToken() {
        ForgedMessageException forged = assertThrows(ForgedMessageException.class,
                () -> senders.shepherd(token("shepherd-7", 300), "shepherd-1"));
        assertEquals("its credential is shepherd-7's", forged.getMessage());
    }

    @Test
    void aMessageWithoutCredentialIsForged() {
        assertThrows(ForgedMessageException.class, () -> senders.shepherd(null, "shepherd-1"));
        assertThrows(ForgedMessageException.class, () -> senders.shepherd(" ", "shepherd-1"));
    }

    @Test
    void unsignedTamperedForeignAndMalformedTokensAreForged() {
        String genuine = token("shepherd-7", 300);
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("shepherd-7", "shepherd-1");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1].replace("=", "") + ".";
        for (String credential : List.of(tampered, unsigned, signed(claims("shepherd-1", 300), OTHER_KEY),
                signed(otherIssuer("shepherd-1"), REALM_KEY), "not.a.token", "x")) {
            assertThrows(ForgedMessageException.class, () -> senders.shepherd(credential, "shepherd-1"), credential);
        }
    }

    @Test
    void onlyAShepherdsAccessTokenShowsAShepherd() {
        JwtClaims partner = claims("partner-acme", 300);
        partner.setClaim("realm_access", Map.of("roles", List.of("partner-service")));
        ForgedMessageException forged = assertThrows(ForgedMessageException.class,
                () -> senders.shepherd(signed(partner, REALM_KEY), "partner-acme"));
        assertTrue(forged.getMessage().contains("not a Shepherd's"), forged.getMessage());
        JwtClaims idToken = claims("shepherd-1", 300);
        idToken.setClaim("typ", "ID");
        assertThrows(ForgedMessageException.class, () -> senders.shepherd(signed(idToken, REALM_KEY), "shepherd-1"));
    }

    @Test
    void aMessageThatWaitedInTheQueueKeepsItsSenderButNotForever() {
        assertEquals("shepherd-1", senders.shepherd(token("shepherd-1", -50 * 60), "shepherd-1"));
        ForgedMessageException forged = assertThrows(ForgedMessageException.class,
                () -> senders.shepherd(token("shepherd-1", -61 * 60), "shepherd-1"));
        assertTrue(forged.getMessage().contains("expired more than 60 min ago"), forged.getMessage());
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsGraceIsOver() {
        String credential = token("shepherd-1", 300);
        assertEquals("shepherd-1", senders.shepherd(credential, "shepherd-1"));
        clock.advance(Duration.ofMinutes(5 + 59));
        assertEquals("shepherd-1", senders.shepherd(credential, "shepherd-1"), "still within its grace");
        clock.advance(Duration.ofMinutes(2));
        assertThrows(ForgedMessageException.class, () -> senders.shepherd(credential, "shepherd-1"));
    }

    /** The test's clock: now, until moved on. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static String token(String client, long expiresInSeconds) {
        return signed(claims(client, expiresInSeconds), REALM_KEY);
    }

    private static JwtClaims claims(String client, long expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(REALM);
        claims.setSubject("service-account-" + client);
        claims.setClaim("azp", client);
        claims.setClaim("typ", "Bearer");
        claims.setClaim("realm_access", Map.of("roles", List.of(MessageSenders.ROLE)));
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(expiresInSeconds);
        claims.setExpirationTime(expiry);
        return claims;
    }

    private static JwtClaims otherIssuer(String client) {
        JwtClaims claims = claims(client, 300);
        claims.setIssuer("https://localhost:8180/realms/master");
        return claims;
    }

    private static String signed(JwtClaims claims, RsaJsonWebKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(REALM_KEY.getKeyId()); // a forger names the realm's key
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey key() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("realm");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
