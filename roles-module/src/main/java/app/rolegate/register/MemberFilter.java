package app.rolegate.register;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import java.util.Locale;
import java.util.Set;

/**
 * The register's filters (SPEC 5.5), checked as they are made; null means "any". {@code text} is
 * matched literally (a % or _ in it is no wildcard) against login name, names and e-mail.
 */
public record MemberFilter(String role, Boolean active, String idpStatus, String text) {
    public static final Set<String> IDP_STATES = Set.of("NONE", "PENDING", "VERIFIED");
    public static final int TEXT_MAX = 100;

    public MemberFilter {
        role = Text.trimmed("role", role, 40);
        idpStatus = Text.trimmed("idpStatus", idpStatus, 10);
        if (idpStatus != null) {
            idpStatus = idpStatus.toUpperCase(Locale.ROOT);
            if (!IDP_STATES.contains(idpStatus)) {
                throw new InvalidInputException("idpStatus", "idpStatus must be one of NONE, PENDING, VERIFIED");
            }
        }
        text = Text.trimmed("q", text, TEXT_MAX);
    }

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null);
    }
}
