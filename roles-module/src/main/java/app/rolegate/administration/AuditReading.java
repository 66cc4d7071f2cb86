package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditQuery;
import app.rolegate.audit.AuditRecord;
import app.rolegate.grant.CoreRoles;
import app.rolegate.platform.AccessDeniedException;
import app.rolegate.platform.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;

/** Reading a company's audit trail: permission {@code audit.read}, held by its AUDITOR and USER_ADMIN holders. */
@Stateless
public class AuditReading {
    @Inject
    Access access;

    @Inject
    AuditQuery query;

    @Inject
    AuditLog audit;

    public AuditQuery.Page read(Actor actor, long companyId, Instant since, String actorName, String target, int page,
            int size) {
        access.company(companyId);
        Set<String> roles = access.rolesOf(actor, companyId);
        if (!roles.contains(CoreRoles.AUDITOR) && !roles.contains(CoreRoles.USER_ADMIN)) {
            audit.denied(AuditRecord.of(actor, "audit.read", companyId, "company", companyId)
                    .detail("audit.read needs AUDITOR or USER_ADMIN"));
            throw new AccessDeniedException("Reading the audit log (audit.read) needs AUDITOR or USER_ADMIN in the company");
        }
        return query.forCompany(companyId, since, actorName, target, page, size);
    }
}
