package app.rolegate.delegation;

import app.rolegate.grant.GrantScope;
import app.rolegate.platform.Validity;

/**
 * One grant as asked for: the role, its scope (null: the role's default) and cost centre, its
 * validity, and for platform support's exceptional grant who requested it (D5, D6).
 */
public record GrantAsk(String role, GrantScope scope, String costCentre, Validity validity, String requestedBy) {

    public GrantAsk {
        validity = validity == null ? Validity.untilFurtherNotice() : validity;
    }

    public static GrantAsk of(String role) {
        return new GrantAsk(role, null, null, null, null);
    }
}
