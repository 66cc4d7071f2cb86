package app.rolegate.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.application.AuditEventView;
import app.rolegate.audit.application.AuditFilter;
import app.rolegate.audit.application.AuditReading;
import app.rolegate.check.PermissionCheck;
import app.rolegate.check.Verdict;
import app.rolegate.company.application.CompanyResults;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.grant.application.GrantResult;
import app.rolegate.grant.application.GrantView;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.membership.application.ChangeMembership;
import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.payroll.PayrollRoles;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Page;
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
 * Grants through {@link GrantAdministration}: copying is all or nothing (D5), platform support's
 * exceptional grants need a requester who may ask (D5, D6), a hidden target is a 404 (2.1), a
 * revocation changes the next permission check at once, reading the audit trail needs audit.read.
 * Each test gets a fresh payroll company whose main user M holds USER_ADMIN; S is a source user with
 * BOOKKEEPER and PAYROLL_CALCULATOR and profiles of their own; A holds USER_ADMIN but is not the main
 * user.
 */
class GrantAdministrationIT extends ContainerTest {
    @Inject
    GrantAdministration grants;

    @Inject
    MembershipAdministration memberships;

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
        CompanyResults.Created c = fixture.company(false, true);
        company = c.company().id();
        main = fixture.actor(c.firstUser().userId());
        source = fixture.user(main, company);
        fixture.grant(main, company, source, CoreRoles.BOOKKEEPER);
        fixture.grant(main, company, source, PayrollRoles.PAYROLL_CALCULATOR); // D6: the main user with USER_ADMIN
        memberships.putMembership(main, company, source, new ChangeMembership(new MembershipTerms(null,
                AccountingProfile.LEDGER, PayrollProfile.APPROVER, null, null, null), false, null));
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
        assertEquals(AccountingProfile.NONE, memberships.membership(main, company, target).accountingProfile());

        // The main user may copy all of it: every role, and the source's profiles.
        long copyMark = db.lastAuditId();
        List<GrantView> made = grants.copy(main, company, target, source);

        assertEquals(Set.of(CoreRoles.BOOKKEEPER, PayrollRoles.PAYROLL_CALCULATOR),
                Set.copyOf(made.stream().map(GrantView::role).toList()));
        assertEquals(Set.of(CoreRoles.BOOKKEEPER, PayrollRoles.PAYROLL_CALCULATOR),
                fixture.effectiveRoles(target, company));
        Long sourceId = fixture.account(source).id();
        assertTrue(made.stream().allMatch(g -> sourceId.equals(g.copiedFrom()) && g.origin() == GrantOrigin.COPY),
                made::toString);
        MemberView copied = memberships.membership(main, company, target);
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
        assertEquals(AccountingProfile.NONE, memberships.membership(main, company, target).accountingProfile());
    }

    @Test
    void grantByANonAdministratorIsDeniedAndAudited_D2() {
        String target = fixture.user(main, company);
        Actor plain = fixture.actor(fixture.user(main, company));
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class,
                () -> fixture.grant(plain, company, target, CoreRoles.BOOKKEEPER));

        assertEquals(RuleId.D2, e.rule());
        assertEquals(List.of(new Db.Event("role.grant", "DENIED", "D2", plain.name(), company, target)),
                db.eventsAfter(mark));
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot());
        assertEquals(Set.of(), fixture.effectiveRoles(target, company));
    }

    /** D1: not even the main user grants on their own membership. */
    @Test
    void grantOnOneselfIsDenied_D1() {
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class,
                () -> fixture.grant(main, company, main.name(), CoreRoles.BOOKKEEPER));

        assertEquals(RuleId.D1, e.rule());
        assertEquals(List.of("role.grant DENIED D1"), db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        assertEquals(Set.of(CoreRoles.USER_ADMIN), fixture.effectiveRoles(main.name(), company));
    }

    /**
     * 2.1 (revision 2): an unknown user, a user of another company and a member of no company here are
     * one and the same 404 to an administrator, for grant, revoke and copy alike; each is a DENIED event
     * in the company.
     */
    @Test
    void unknownOrInvisibleTargetIsNotFound_2_1() {
        CompanyResults.Created other = fixture.company(false, false);
        String elsewhere = fixture.user(fixture.actor(other.firstUser().userId()), other.company().id());
        String unknown = Fixture.unique("nobody");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        String role = CoreRoles.BOOKKEEPER;
        List<NotFoundException> answers = List.of(
                assertThrows(NotFoundException.class, () -> fixture.grant(main, company, unknown, role)),
                assertThrows(NotFoundException.class, () -> fixture.grant(main, company, elsewhere, role)),
                assertThrows(NotFoundException.class, () -> grants.revoke(main, company, elsewhere, role)),
                assertThrows(NotFoundException.class, () -> grants.copy(main, company, unknown, source)),
                assertThrows(NotFoundException.class, () -> grants.copy(main, company, elsewhere, source)),
                assertThrows(NotFoundException.class, () -> grants.grantable(main, company, elsewhere)));

        assertEquals(Set.of(NotFoundException.TEXT), Set.copyOf(answers.stream().map(Throwable::getMessage).toList()),
                "the same words whatever the reason");
        assertEquals(List.of("role.grant DENIED D2", "role.grant DENIED D2", "role.revoke DENIED D2",
                "role.copy DENIED D2", "role.copy DENIED D2", "roles.grantable DENIED D2"),
                db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        assertTrue(db.eventsAfter(mark).stream().allMatch(ev -> Long.valueOf(company).equals(ev.companyId())));
        before.merge("audit_event", 6L, Long::sum);
        assertEquals(before, db.snapshot(), "nothing but the denials");
    }

    /** 2.1: a company the actor is not a member of does not exist for them; the denial is a platform event. */
    @Test
    void grantInACompanyOneIsNotAMemberOfIsNotFound_2_1() {
        CompanyResults.Created other = fixture.company(false, false);
        Actor outsider = fixture.actor(other.firstUser().userId());
        String target = fixture.user(main, company);
        long mark = db.lastAuditId();

        assertThrows(NotFoundException.class, () -> fixture.grant(outsider, company, target, CoreRoles.BOOKKEEPER));

        assertEquals(List.of(new Db.Event("role.grant", "DENIED", "D2", outsider.name(), null, target)),
                db.eventsAfter(mark), "no company's trail tells who probed it");
        assertEquals(Set.of(), fixture.effectiveRoles(target, company));
    }

    /**
     * D5 (revision 2): platform support grants FIRM_MAIN_USER only at the written request of the
     * company's main user or a USER_ADMIN of it, named in requestedBy and recorded in the grant and the
     * audit. No requester is bad input (no trace); a requester who may not ask is a denial.
     */
    @Test
    void supportGrantsFirmMainUserOnlyAtTheRequestOfMainUserOrUserAdmin_D5() {
        String target = fixture.user(main, company);
        String plain = fixture.user(main, company);
        Actor support = fixture.support();
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        assertThrows(InvalidInputException.class, () -> grants.grant(support, company, target,
                GrantCommand.of(CoreRoles.FIRM_MAIN_USER)));
        assertEquals(before, db.snapshot(), "bad input changes nothing");
        RuleDeniedException e = assertThrows(RuleDeniedException.class,
                () -> fixture.supportGrant(company, target, CoreRoles.FIRM_MAIN_USER, plain));
        assertEquals(RuleId.D5, e.rule());
        RuleDeniedException notOnRequest = assertThrows(RuleDeniedException.class,
                () -> fixture.supportGrant(company, target, CoreRoles.BOOKKEEPER, main.name()));
        assertEquals(RuleId.D2, notOnRequest.rule(), "support administers no company");
        assertEquals(List.of("role.grant DENIED D5", "role.grant DENIED D2"),
                db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        assertEquals(Set.of(), fixture.effectiveRoles(target, company));

        long grantMark = db.lastAuditId();
        GrantResult byMain = fixture.supportGrant(company, target, CoreRoles.FIRM_MAIN_USER, main.name().toUpperCase());
        String second = fixture.user(main, company);
        GrantResult byAdmin = fixture.supportGrant(company, second, CoreRoles.FIRM_MAIN_USER, admin.name());

        assertEquals(GrantOrigin.PLATFORM_SUPPORT, byMain.grant().origin());
        assertEquals(main.name(), byMain.grant().requestedBy(), "the requester as stored");
        assertEquals(admin.name(), byAdmin.grant().requestedBy());
        assertEquals(Set.of(CoreRoles.FIRM_MAIN_USER), fixture.effectiveRoles(target, company));
        assertEquals(Set.of(CoreRoles.FIRM_MAIN_USER), fixture.effectiveRoles(second, company));
        assertEquals(List.of(List.of("ALLOWED", "D5", "support")), db.rows("SELECT outcome, rule_id, actor_name"
                + " FROM audit_event WHERE id > ? AND action = 'role.grant' AND target_id = ?", grantMark, target));
        assertTrue(db.column("SELECT after_state FROM audit_event WHERE id > ? AND action = 'role.grant'"
                + " AND target_id = ?", grantMark, target).get(0).toString().contains(main.name()),
                "the audit names the requester");
    }

    /** D6: support sets PAYROLL_CALCULATOR on request too, and the answer warns that the profile is not ALL_RIGHTS. */
    @Test
    void supportGrantsPayrollCalculatorOnRequestWithTheProfileWarning_D6() {
        String target = fixture.user(main, company);

        GrantResult r = fixture.supportGrant(company, target, PayrollRoles.PAYROLL_CALCULATOR, admin.name());

        assertEquals(GrantOrigin.PLATFORM_SUPPORT, r.grant().origin());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("D6"), r.warnings().toString());
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
    void auditTrailIsReadWithAuditReadOnly_AUDIT() {
        Page<AuditEventView> page = auditReading.company(main, company, new AuditFilter(null, null, source), 0, 50);
        assertEquals(List.of("user.create", "role.grant", "role.grant", "membership.change"),
                page.items().stream().map(AuditEventView::action).toList());
        assertEquals(4, page.total());

        Actor bookkeeper = fixture.actor(source);
        long mark = db.lastAuditId();
        RuleDeniedException e = assertThrows(RuleDeniedException.class,
                () -> auditReading.company(bookkeeper, company, new AuditFilter(null, null, null), 0, 50));
        assertEquals(RuleId.AUDIT, e.rule());
        assertEquals(List.of(new Db.Event("audit.read", "DENIED", "AUDIT", source, company, Long.toString(company))),
                db.eventsAfter(mark));
    }

    /** An ALLOWED event needs the caller's transaction (MANDATORY); a DENIED one is written alone (REQUIRES_NEW). */
    @Test
    void auditLogTransactionAttributes() {
        AuditRecord record = AuditRecord.of(main, "test.probe", company, "test", Fixture.unique("probe"));
        long mark = db.lastAuditId();

        assertThrows(EJBTransactionRequiredException.class, () -> auditLog.allowed(record));
        auditLog.denied(record);

        assertEquals(List.of("test.probe DENIED"), db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
    }
}
