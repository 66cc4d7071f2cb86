package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/**
 * Logging in and the bearer token: who gets one, and that every protected call without a valid one
 * is refused with 401. Relies on the support account the application creates at first start, with
 * the password the build gives the test server.
 */
class AuthIT {
    private static final String ME = V1 + "/me";
    private static final String TOKEN = V1 + "/auth/token";

    @Test
    void supportGetsATokenThatOpensProtectedCalls() {
        Api.Response r = Api.post(TOKEN, null, Api.object("userId", "support", "password", Api.supportPassword()))
                .expect(200);
        JsonObject t = r.json();
        assertEquals("Bearer", t.getString("tokenType"));
        assertTrue(t.getJsonNumber("expiresIn").longValue() > 0);
        assertEquals(3, t.getString("accessToken").split("\\.").length);
        assertTrue(r.header("Cache-Control").orElse("").contains("no-store"));

        JsonObject me = Api.get(ME, t.getString("accessToken")).expect(200).json();
        assertEquals("support", me.getString("userId"));
    }

    @Test
    void userIdIsCaseInsensitive() {
        Api.token("SUPPORT", Api.supportPassword());
    }

    @Test
    void noTokenIs401Problem() {
        Api.Response r = Api.get(ME, null);
        r.expectProblem(401, "unauthorized");
        assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void garbageTokenIs401() {
        Api.get(ME, "not-a-token").expectProblem(401, "unauthorized");
    }

    @Test
    void tamperedTokenIs401() {
        String[] parts = Api.supportToken().split("\\.");
        Base64.Decoder dec = Base64.getUrlDecoder();
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String payload = new String(dec.decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"support\"", "\"someone-else\"");
        assertFalse(forged.equals(payload));
        String tampered = parts[0] + "." + enc.encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Api.get(ME, tampered).expectProblem(401, "unauthorized");

        // The signature itself altered, claims intact.
        char c = parts[2].charAt(10);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (c == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        Api.get(ME, badSignature).expectProblem(401, "unauthorized");
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        PrivateKey foreign = g.generateKeyPair().getPrivate();
        Api.get(ME, sign(foreign, "https://rolegate.local", 0, 600)).expectProblem(401, "unauthorized");
    }

    @Test
    void expiredTokenIs401ButTheSameTokenFreshIsAccepted() throws Exception {
        PrivateKey key = serverKey();
        // Control: signed the same way and still valid, it works; so the 401 below is the expiry.
        Api.get(ME, sign(key, "https://rolegate.local", 0, 600)).expect(200);
        Api.get(ME, sign(key, "https://rolegate.local", -7200, -3600)).expectProblem(401, "unauthorized");
    }

    @Test
    void tokenOfAnotherIssuerIs401() throws Exception {
        Api.get(ME, sign(serverKey(), "https://evil.example", 0, 600)).expectProblem(401, "unauthorized");
    }

    @Test
    void tokenOfAnUnknownUserIs401() throws Exception {
        Api.get(ME, sign(serverKey(), "https://rolegate.local", 0, 600, "nobody-" + UUID.randomUUID(), List.of("user")))
                .expectProblem(401, "unauthorized");
    }

    @Test
    void everyLoginFailureAnswersTheSame() {
        Map<String, String> sameId = Map.of("X-Request-Id", "it-login-failure");
        Api.Response wrongPassword = Api.send("POST", TOKEN, null,
                Api.object("userId", "support", "password", "wrong-password"), sameId);
        Api.Response unknownUser = Api.send("POST", TOKEN, null,
                Api.object("userId", "nobody-" + UUID.randomUUID(), "password", "wrong-password"), sameId);
        Api.Response malformed = Api.send("POST", TOKEN, null, "{\"userId\": 42", sameId);
        Api.Response missingPassword = Api.send("POST", TOKEN, null, Api.object("userId", "support"), sameId);

        JsonObject p = wrongPassword.expectProblem(401, "invalid-credentials");
        assertEquals("it-login-failure", p.getString("requestId"));
        for (Api.Response other : List.of(unknownUser, malformed, missingPassword)) {
            assertEquals(401, other.status());
            assertEquals(wrongPassword.contentType(), other.contentType());
            assertEquals(wrongPassword.body(), other.body());
        }
    }

    @Test
    void requestIdIsEchoedOrMade() {
        Api.Response given = Api.send("GET", ME, Api.supportToken(), null, Map.of("X-Request-Id", "it-req-42"));
        assertEquals("it-req-42", given.header("X-Request-Id").orElse(null));
        Api.Response made = Api.get(ME, Api.supportToken());
        assertTrue(made.header("X-Request-Id").orElse("").length() >= 16);
    }

    private static String sign(PrivateKey key, String issuer, long iatOffset, long expOffset) throws Exception {
        return sign(key, issuer, iatOffset, expOffset, "support", List.of("user"));
    }

    /** A token like the server's own, with the given key, issuer and times (seconds from now). */
    private static String sign(PrivateKey key, String issuer, long iatOffset, long expOffset, String user,
                               List<String> groups) throws Exception {
        long now = Instant.now().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setStringListClaim("groups", groups);
        claims.setIssuedAt(NumericDate.fromSeconds(now + iatOffset));
        claims.setExpirationTime(NumericDate.fromSeconds(now + expOffset));
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    /** The test server's own signing key, from the key file it generated at first start. */
    private static PrivateKey serverKey() throws Exception {
        Api.supportToken(); // the key exists once a token was issued
        Path file = Api.serverDir().map(d -> d.resolve("resources/security/rolegate-jwt-key.pem")).orElse(null);
        assumeTrue(file != null && Files.exists(file), "the server's key file is not known here");
        String base64 = Files.readString(file).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
