package app.rolegate.idp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The texts of the identity-provider mails, and the settings they depend on: the public address of
 * Rolegate (for the verification link), how long a link works, and the identity provider's own
 * password-reset page.
 */
@ApplicationScoped
public class IdpMails {
    public static final String VERIFICATIONS_PATH = "/api/v1/idp/verifications/";

    @Inject
    @ConfigProperty(name = "rolegate.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "rolegate.idp.verification-hours", defaultValue = "72")
    int verificationHours;

    @Inject
    @ConfigProperty(name = "rolegate.idp.password-reset-url")
    Optional<String> passwordResetUrl;

    public Duration verificationLifetime() {
        return Duration.ofHours(Math.max(1, verificationHours));
    }

    public String link(String token) {
        String base = publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + VERIFICATIONS_PATH + token;
    }

    public String verificationSubject() {
        return "Verify your e-mail address for signing in";
    }

    public String verificationBody(String name, String company, String address, String token) {
        return "Hello " + name + ",\n\n" + company + " links your user account to the identity provider with the"
                + " address " + address + ". To confirm that the address is yours, open this link within "
                + verificationLifetime().toHours() + " hours and confirm:\n\n" + link(token) + "\n\n"
                + "If you did not expect this mail, ignore it: nothing is linked until the link is followed.\n";
    }

    public String resetSubject() {
        return "Reset your password";
    }

    public String resetBody(String name, String company, String address) {
        String where = passwordResetUrl.filter(s -> !s.isBlank()).map(u -> "at\n\n" + u.strip() + "\n\n")
                .orElse("with \"Forgot password\" on the identity provider's sign-in page. ");
        return "Hello " + name + ",\n\n" + company + " asks you to reset the password you sign in with (" + address
                + "). Choose a new password " + where + "If you did not expect this mail, ignore it.\n";
    }
}
