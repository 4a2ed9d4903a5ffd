package io.lockernet.shepherd.link.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LockerTokensTest {

    private static final String REALM = "https://localhost:8180/realms/lockernet";
    private static RsaJsonWebKey realmKey;
    private static RsaJsonWebKey otherKey;
    private static LockerTokens tokens;

    @BeforeAll
    static void keys() throws JoseException {
        realmKey = RsaJwkGenerator.generateJwk(2048);
        realmKey.setKeyId("realm");
        otherKey = RsaJwkGenerator.generateJwk(2048);
        otherKey.setKeyId("realm");
        tokens = new LockerTokens(REALM, new JwksVerificationKeyResolver(List.of(realmKey)));
    }

    @Test
    void aLockersOwnTokenNamesTheLocker() {
        LockerIdentity identity = tokens.verify(token(realmKey, claims -> { }));
        assertEquals("L-0001", identity.locker());
    }

    @Test
    void anExpiredTokenIsRefused() {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> tokens.verify(token(realmKey,
                claims -> claims.setExpirationTimeMinutesInTheFuture(-5))));
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(token(otherKey, claims -> { })));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(token(realmKey,
                claims -> claims.setAudience("lockernet-core"))));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(token(realmKey,
                claims -> claims.setIssuer("https://localhost:8180/realms/other"))));
    }

    @Test
    void aTokenWithoutTheLockerRoleIsRefused() {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> tokens.verify(token(realmKey,
                claims -> claims.setClaim("realm_access", Map.of("roles", List.of("store-employee"))))));
        assertTrue(e.getMessage().contains("role"), e.getMessage());
    }

    @Test
    void aTokenNamingNoLockerIsRefused() {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(token(realmKey,
                claims -> claims.unsetClaim("locker_id"))));
    }

    @Test
    void aTokenOfAnotherTypeIsRefused() {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> tokens.verify(token(realmKey,
                claims -> claims.setClaim("typ", "ID"))));
        assertEquals("not an access token", e.getMessage());
    }

    @Test
    void noTokenAtAllIsRefusedWithAHint() {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> tokens.verify(null));
        assertTrue(e.getMessage().contains("Authorization"), e.getMessage());
    }

    private static String token(RsaJsonWebKey key, Consumer<JwtClaims> change) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(REALM);
        claims.setAudience(LockerTokens.AUDIENCE);
        claims.setSubject("service-account-locker-l-0001");
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setIssuedAtToNow();
        claims.setClaim("typ", "Bearer");
        claims.setClaim("locker_id", "L-0001");
        claims.setClaim("realm_access", Map.of("roles", List.of(LockerTokens.ROLE)));
        change.accept(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
