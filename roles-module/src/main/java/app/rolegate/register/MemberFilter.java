package app.rolegate.register;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import java.util.Locale;
import java.util.Set;

/**
 * The register's filters (SPEC 5.5), checked as they are made; null means "any". {@code text} is
 * matched literally (a % or _ in it is no wildcard) against login name, names and e-mail. {@code linked}
 * (SPEC 5.5 "authorised or linked to a company"): true keeps the members whose account is linked to an
 * employee record of the company (5.3), false those that are not. The register lists members only: who is
 * linked to one of the company's employees but not authorised to it is no user its administrators see (D2).
 */
public record MemberFilter(String role, Boolean active, String idpStatus, String text, Boolean linked) {
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

    /** Without the link filter. */
    public MemberFilter(String role, Boolean active, String idpStatus, String text) {
        this(role, active, idpStatus, text, null);
    }

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null);
    }
}
