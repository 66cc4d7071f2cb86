package app.rolegate.grant.application;

import app.rolegate.costcentre.CostCentre;
import app.rolegate.delegation.GrantAsk;
import app.rolegate.grant.GrantScope;
import app.rolegate.platform.Text;
import app.rolegate.platform.Validity;
import app.rolegate.user.UserFields;
import java.time.LocalDate;

/**
 * Grant a role: scope (default: the role's), cost centre for a COST_CENTRE scope, validity, and for
 * platform support's exceptional grants who requested it (D5, D6). Checked as it is made.
 */
public record GrantCommand(String role, GrantScope scope, String costCentre, Validity validity, String requestedBy) {
    public static final int ROLE_MAX = 40;

    public static GrantCommand of(String role, String scope, String costCentre, LocalDate validFrom, LocalDate validTo,
            String requestedBy) {
        return new GrantCommand(Text.required("role", role, ROLE_MAX).strip(), Text.oneOf("scope", scope, GrantScope.class),
                costCentre == null || costCentre.isBlank() ? null : CostCentre.code("costCentre", costCentre), Validity.of(validFrom, validTo),
                requestedBy == null ? null : UserFields.userId("requestedBy", requestedBy));
    }

    public static GrantCommand of(String role) {
        return of(role, null, null, null, null, null);
    }

    GrantAsk ask() {
        return new GrantAsk(role, scope, costCentre, validity, requestedBy);
    }
}
