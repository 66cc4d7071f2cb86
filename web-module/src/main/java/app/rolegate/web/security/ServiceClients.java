package app.rolegate.web.security;

import app.rolegate.user.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Portals' service clients, for when this server is its own issuer: configured as
 * {@code rolegate.service-clients} (env {@code ROLEGATE_SERVICE_CLIENTS}) =
 * {@code id=secret,id2=secret2}, where a secret is best given as a PBKDF2 hash in the format the
 * user passwords use ({@code pbkdf2-sha256$...}). A client's token carries the group
 * {@value CurrentCaller#SERVICE_CLIENT_GROUP} and the name {@code client:<id>}, which no login
 * name can take (login names have no colon).
 */
@ApplicationScoped
public class ServiceClients {
    public static final String PREFIX = "client:";

    @Inject
    @ConfigProperty(name = "rolegate.service-clients", defaultValue = " ")
    String configured;

    private Map<String, String> secrets;

    @PostConstruct
    void parse() {
        Map<String, String> m = new HashMap<>();
        for (String entry : configured.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                m.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            }
        }
        secrets = m;
    }

    /** The token subject for a client whose secret matches; empty for any failure. */
    public Optional<String> authenticate(String clientId, char[] secret) {
        String stored = clientId == null ? null : secrets.get(clientId);
        if (stored == null) {
            PasswordHasher.burn(secret);
            return Optional.empty();
        }
        boolean ok = stored.startsWith("pbkdf2-sha256$") ? PasswordHasher.verify(secret, stored)
                : MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
                        new String(secret).getBytes(StandardCharsets.UTF_8));
        return ok ? Optional.of(PREFIX + clientId) : Optional.empty();
    }
}
