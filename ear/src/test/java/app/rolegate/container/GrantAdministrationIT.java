package app.rolegate.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.administration.AuditReading;
import app.rolegate.administration.CompanyAdministration;
import app.rolegate.administration.GrantAdministration;
import app.rolegate.administration.UserAdministration;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.check.PermissionCheck;
import app.rolegate.check.Verdict;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.payroll.PayrollRoles;
import app.rolegate.platform.AccessDeniedException;
import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Grants through {@link GrantAdministration}: copying is all or nothing (D5), a revocation changes
 * the next permission check at once, reading the audit trail needs audit.read. Each test gets a
 * fresh payroll company whose main user M holds USER_ADMIN; S is a source user with BOOKKEEPER and
 * PAYROLL_CALCULATOR and profiles of their own; A holds USER_ADMIN but is not the main user.
 */
class GrantAdministrationIT extends ContainerTest {
    @Inject
    GrantAdministration grants;

    @Inject
    UserAdministration users;

    @Inject
    PermissionCheck permissions;

    @Inject
    AuditReading auditReading;

    @Inject
    AuditLog auditLog;

    @Inject
    UserTransaction tx;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    long company;
    Actor main;
    String source;
    Actor admin;

    @BeforeEach
    void company() {
        CompanyAdministration.Created c = fixture.company(false, true);
        company = c.company().id();
        main = fixture.actor(c.firstUser().userId());
        source = fixture.user(main, company);
        fixture.grant(main, company, source, CoreRoles.BOOKKEEPER);
        fixture.grant(main, company, source, PayrollRoles.PAYROLL_CALCULATOR); // D6: the main user with USER_ADMIN
        users.putMembership(main, company, source, new MembershipTerms(null, AccountingProfile.LEDGER,
                PayrollProfile.APPROVER, null, null, null));
        String adminId = fixture.user(main, company);
        fixture.grant(main, company, adminId, CoreRoles.USER_ADMIN); // D3 with D8
        admin = fixture.actor(adminId);
    }

    /** A copy that includes one role the actor may not grant is refused whole: no role, no profile, only the denial. */
    @Test
    void copyIsAllOrNothing_D5() {
        String target = fixture.user(main, company);
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class,
                () -> grants.copy(admin, company, target, source));

        assertEquals(RuleId.D6, e.rule(), "PAYROLL_CALCULATOR needs a FIRM_MAIN_USER or the main user");
        assertEquals(List.of("role.copy DENIED D6"), db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot(), "BOOKKEEPER, which the actor could grant, was not granted either");
        assertEquals(Set.of(), fixture.effectiveRoles(target, company));
        assertEquals(AccountingProfile.NONE, users.membership(main, company, target).membership().accountingProfile());

        // The main user may copy all of it: every role, and the source's profiles.
        long copyMark = db.lastAuditId();
        List<Grant> made = grants.copy(main, company, target, source);

        assertEquals(Set.of(CoreRoles.BOOKKEEPER, PayrollRoles.PAYROLL_CALCULATOR),
                Set.copyOf(made.stream().map(Grant::role).toList()));
        assertEquals(Set.of(CoreRoles.BOOKKEEPER, PayrollRoles.PAYROLL_CALCULATOR), fixture.effectiveRoles(target, company));
        assertTrue(made.stream().allMatch(g -> g.copiedFrom().equals(fixture.account(source).id())
                && g.origin() == GrantOrigin.COPY));
        var copied = users.membership(main, company, target).membership();
        assertEquals(AccountingProfile.LEDGER, copied.accountingProfile());
        assertEquals(PayrollProfile.APPROVER, copied.payrollProfile());
        assertEquals(List.of("role.copy ALLOWED D5", "role.grant ALLOWED D5", "role.grant ALLOWED D5"),
                db.eventsAfter(copyMark).stream().map(Db.Event::summary).toList());
    }

    /**
     * A copy's profile change, grants and audit events are one unit of work with whatever else its
     * transaction does: when a later step of that transaction fails (here a denied copy, which
     * dooms it), none of the first copy remains; the denial's own event does.
     */
    @Test
    void failureLaterInTheTransactionUndoesTheWholeCopy() throws Exception {
        String target = fixture.user(main, company);
        String other = fixture.user(main, company);
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        tx.begin();
        try {
            assertEquals(2, grants.copy(main, company, target, source).size());
            assertEquals(Set.of(CoreRoles.BOOKKEEPER, PayrollRoles.PAYROLL_CALCULATOR),
                    fixture.effectiveRoles(target, company), "visible inside the transaction");
            assertThrows(RuleDeniedException.class, () -> grants.copy(admin, company, other, source));
            assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus());
        } catch (Throwable t) {
            tx.rollback();
            throw t;
        }
        assertThrows(RollbackException.class, tx::commit);

        assertEquals(List.of("role.copy DENIED D6"), db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot(), "no grant, no profile change, no ALLOWED event of the first copy");
        assertEquals(Set.of(), fixture.effectiveRoles(target, company));
        assertEquals(AccountingProfile.NONE, users.membership(main, company, target).membership().accountingProfile());
    }

    @Test
    void grantByANonAdministratorIsDeniedAndAudited_D2() {
        String target = fixture.user(main, company);
        Actor plain = fixture.actor(fixture.user(main, company));
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class,
                () -> fixture.grant(plain, company, target, CoreRoles.BOOKKEEPER));

        assertEquals(RuleId.D2, e.rule());
        assertEquals(List.of(new Db.Event("role.grant", "DENIED", "D2", plain.name(), company, target)),
                db.eventsAfter(mark));
        assertEquals(Set.of(), fixture.effectiveRoles(target, company));
    }

    /** PermissionCheck reads current data: the answer changes with the revocation, with no delay. */
    @Test
    void permissionCheckAnswerChangesRightAfterRevoke_D9() {
        String bookkeeper = fixture.user(main, company);
        fixture.grant(main, company, bookkeeper, CoreRoles.BOOKKEEPER);
        Actor adminSelf = admin;
        assertTrue(permissions.check(main, bookkeeper, company, "accounting.advanced", null).allowed());
        assertTrue(permissions.check(adminSelf, adminSelf.name(), company, "users.manage", null).allowed());
        long mark = db.lastAuditId();

        grants.revoke(main, company, bookkeeper, CoreRoles.BOOKKEEPER);
        Verdict afterRevoke = permissions.check(main, bookkeeper, company, "accounting.advanced", null);
        grants.revoke(main, company, adminSelf.name(), CoreRoles.USER_ADMIN);
        Verdict adminAfterRevoke = permissions.check(adminSelf, adminSelf.name(), company, "users.manage", null);

        assertFalse(afterRevoke.allowed());
        assertTrue(afterRevoke.reasons().contains("no BOOKKEEPER role"), afterRevoke.reasons().toString());
        assertFalse(adminAfterRevoke.allowed(), adminAfterRevoke.reasons().toString());
        assertEquals(List.of("role.revoke ALLOWED D9", "role.revoke ALLOWED D9"),
                db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        // ... and the former administrator administers nothing any more (D2).
        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> fixture.user(adminSelf, company));
        assertEquals(RuleId.D2, e.rule());
    }

    /** audit.read: USER_ADMIN reads the company's trail; a BOOKKEEPER is refused, and that refusal is itself audited. */
    @Test
    void auditTrailIsReadWithAuditReadOnly() {
        var page = auditReading.read(main, company, null, null, source, 0, 50);
        assertEquals(List.of("user.create", "role.grant", "role.grant", "membership.change"),
                page.events().stream().map(e -> e.action()).toList());
        assertEquals(4, page.total());

        Actor bookkeeper = fixture.actor(source);
        long mark = db.lastAuditId();
        assertThrows(AccessDeniedException.class, () -> auditReading.read(bookkeeper, company, null, null, null, 0, 50));
        assertEquals(List.of(new Db.Event("audit.read", "DENIED", null, source, company, Long.toString(company))),
                db.eventsAfter(mark));
    }

    /** An ALLOWED event needs the caller's transaction (MANDATORY); a DENIED one is written on its own (REQUIRES_NEW). */
    @Test
    void auditLogTransactionAttributes() {
        AuditRecord record = AuditRecord.of(main, "test.probe", company, "test", Fixture.unique("probe"));
        long mark = db.lastAuditId();

        assertThrows(EJBTransactionRequiredException.class, () -> auditLog.allowed(record));
        auditLog.denied(record);

        assertEquals(List.of("test.probe DENIED"), db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
    }
}
