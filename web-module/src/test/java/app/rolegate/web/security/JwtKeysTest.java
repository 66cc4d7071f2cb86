package app.rolegate.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {
    @TempDir
    Path dir;

    @Test
    void generatesOnceThenReloadsTheSameKey() throws Exception {
        Path file = dir.resolve("sub/key.pem");
        JwtKeys.Material first = JwtKeys.load(Optional.empty(), file);
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        JwtKeys.Material again = JwtKeys.load(Optional.empty(), file);
        assertEquals(first.publicKey(), again.publicKey());
        assertEquals(first.keyId(), again.keyId());
        assertTrue(first.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void configuredKeyWinsOverTheFile() throws Exception {
        Path file = dir.resolve("key.pem");
        JwtKeys.Material generated = JwtKeys.load(Optional.empty(), file);
        String pem = Files.readString(file);
        JwtKeys.Material configured = JwtKeys.load(Optional.of(pem), dir.resolve("other.pem"));
        assertEquals(generated.publicKey(), configured.publicKey());
        assertTrue(Files.notExists(dir.resolve("other.pem")));
    }

    @Test
    void keyIdIsTheRfc7638Thumbprint() throws Exception {
        JwtKeys.Material m = JwtKeys.load(Optional.empty(), dir.resolve("key.pem"));
        assertEquals(new RsaJsonWebKey(m.publicKey()).calculateBase64urlEncodedThumbprint("SHA-256"), m.keyId());
    }

    @Test
    void signaturesVerifyWithTheDerivedPublicKey() throws Exception {
        JwtKeys.Material m = JwtKeys.load(Optional.empty(), dir.resolve("key.pem"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload("{\"x\":1}");
        jws.setKey(m.privateKey());
        jws.setAlgorithmHeaderValue("RS256");
        JsonWebSignature check = new JsonWebSignature();
        check.setCompactSerialization(jws.getCompactSerialization());
        check.setKey(m.publicKey());
        assertTrue(check.verifySignature());
    }

    @Test
    void garbageIsRefused() throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        assertThrows(IllegalStateException.class, () -> JwtKeys.load(Optional.empty(), file));
        assertThrows(IllegalStateException.class,
                () -> JwtKeys.load(Optional.of("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"), file));
    }
}
