package app.rolegate.grant.application;

import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.GrantScope;
import java.time.Instant;
import java.time.LocalDate;

/** One grant as the interfaces show it: role, scope, validity, and who granted it, when and how. */
public record GrantView(String role, GrantScope scope, String costCentre, LocalDate validFrom, LocalDate validTo,
        Long grantedBy, Instant grantedAt, GrantOrigin origin, Long copiedFrom, String requestedBy) {

    public static GrantView of(Grant g) {
        return new GrantView(g.role(), g.scope(), g.costCentre(), g.validity().validFrom(), g.validity().validTo(),
                g.grantedBy(), g.grantedAt(), g.origin(), g.copiedFrom(), g.requestedBy());
    }
}
