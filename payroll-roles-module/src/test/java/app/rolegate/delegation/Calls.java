package app.rolegate.delegation;

import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Validity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The policy's decisions chained in the order the application services ask them (SPEC 2.1: whether
 * the caller may see the company, D1 and D2 on the user id as typed, and only then, once the target
 * has been looked up, the rules about the target). A null target stands for a lookup that found
 * nothing: the same 404 as for an invisible user.
 */
final class Calls {
    private Calls() {
    }

    static Decision notFound() {
        return Decision.hidden("no such user, or not a member of the company");
    }

    /** POST .../roles: administerRoles, then the grant on the member found. */
    static Decision grant(DelegationPolicy p, ActorFacts a, String typedUserId, MemberFacts target, GrantAsk ask,
            Optional<Long> auditorOrganisation, RequesterFacts requester, LocalDate today) {
        return p.administerRoles(a, typedUserId, ask.role()).and(() -> target == null ? notFound()
                : p.grant(a, target, ask, auditorOrganisation, requester, today));
    }

    /** DELETE .../roles/{role}: administerRoles, then the revoke. */
    static Decision revoke(DelegationPolicy p, ActorFacts a, String typedUserId, MemberFacts target, String role,
            Optional<Long> auditorOrganisation, LocalDate today) {
        return p.administerRoles(a, typedUserId, role).and(() -> target == null ? notFound()
                : p.revoke(a, target, role, auditorOrganisation, today));
    }

    /** POST .../roles/copy: administerMember, then the copy from the source found. */
    static Decision copy(DelegationPolicy p, ActorFacts a, String typedUserId, MemberFacts target, MemberFacts source,
            Optional<Long> auditorOrganisation, LocalDate today) {
        return p.administerMember(a, typedUserId).and(() -> target == null || source == null ? notFound()
                : p.copy(a, target, source, auditorOrganisation, today));
    }

    /** PUT .../members/{uid} on an existing membership: administerMember, then changeMembership. */
    static Decision changeMembership(DelegationPolicy p, ActorFacts a, String typedUserId, MemberFacts m,
            Validity validity, PayrollProfile payroll, boolean confirmPrimary, LocalDate today) {
        return p.administerMember(a, typedUserId).and(() -> m == null ? notFound()
                : p.changeMembership(a, m, validity, payroll, confirmPrimary, today));
    }

    /** DELETE .../members/{uid}: administerMember, then removeMembership. */
    static Decision removeMembership(DelegationPolicy p, ActorFacts a, String typedUserId, MemberFacts m,
            boolean confirmPrimary) {
        return p.administerMember(a, typedUserId).and(() -> m == null ? notFound()
                : p.removeMembership(a, m, confirmPrimary));
    }

    /** PUT .../members/{uid} where the user is no member yet (D11): administerMember, then authoriseExisting. */
    static Decision authoriseExisting(DelegationPolicy p, ActorFacts a, String typedUserId, TargetFacts user,
            boolean visible) {
        return p.administerMember(a, typedUserId).and(() -> user == null ? notFound()
                : p.authoriseExisting(a, user, visible));
    }

    /** POST .../users with an identity code that exists (D11): createUser, then authoriseByIdentityCode. */
    static Decision authoriseByIdentityCode(DelegationPolicy p, ActorFacts a, TargetFacts person) {
        return p.createUser(a).and(() -> p.authoriseByIdentityCode(a, person));
    }

    /** PUT /companies/{cid}/main-user: setMainUser on the name typed, then mainUserTarget on the member found. */
    static Decision setMainUser(DelegationPolicy p, ActorFacts a, String typedUserId, MemberFacts member) {
        return p.setMainUser(a, typedUserId).and(() -> p.mainUserTarget(a, member));
    }

    /** POST /companies with openedUnder (D13): a service client is refused first (SPEC 3), then openClient. */
    static Decision openClient(DelegationPolicy p, ClientOpening o, CompanyFacts client) {
        return p.notServiceClient(o.inFirm().actor())
                .and(() -> p.openClient(o, p.rolesForFirmMainUsersIn(client)));
    }

    /** GET /companies/{cid}/audit: a service client is refused first (SPEC 3), then readAudit. */
    static Decision readAudit(DelegationPolicy p, ActorFacts a) {
        return p.notServiceClient(a.actor()).and(() -> p.readAudit(a));
    }

    /** PATCH /users/{uid}: a service client is refused first (SPEC 3), then changeAccount. */
    static Decision changeAccount(DelegationPolicy p, AccountChange c) {
        return p.notServiceClient(c.inTargetPrimary().actor()).and(() -> p.changeAccount(c));
    }
}
