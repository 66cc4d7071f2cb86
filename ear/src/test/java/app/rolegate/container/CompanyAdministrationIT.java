package app.rolegate.container;

import static app.rolegate.container.Fixture.newUser;
import static app.rolegate.container.Fixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.administration.CompanyAdministration;
import app.rolegate.administration.NewCompany;
import app.rolegate.administration.UserAdministration;
import app.rolegate.audit.AuditEvent;
import app.rolegate.audit.AuditQuery;
import app.rolegate.company.Company;
import app.rolegate.grant.CoreRoles;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.payroll.PayrollRoles;
import app.rolegate.platform.AccessDeniedException;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Companies through {@link CompanyAdministration}: creation with the first user, who may be an
 * existing person (D11), client companies an accounting firm opens (D13), and that each call is
 * one transaction: a failure part-way leaves no row and no audit event behind.
 */
class CompanyAdministrationIT extends ContainerTest {
    private static final Set<String> FIRM_MAIN_USER_IN_CLIENT = Set.of(CoreRoles.FIRM_MAIN_USER, CoreRoles.USER_ADMIN,
            CoreRoles.BOOKKEEPER);

    @Inject
    CompanyAdministration companies;

    @Inject
    UserAdministration users;

    @Inject
    AuditQuery auditQuery;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    @Test
    void accountingFirmCreation_firstUserIsMainUserWithUserAdminAndFirmMainUser_D2() {
        Actor support = fixture.support();
        String name = unique("Firm");
        String first = unique("first");

        CompanyAdministration.Created created = companies.create(support,
                new NewCompany(name, null, true, null, true, true, newUser(first)));

        Company c = created.company();
        assertTrue(c.isAccountingFirm());
        assertEquals(created.firstUser().id(), c.mainUserId(), "the first user is the main user");
        assertEquals(c.id(), created.firstUser().primaryCompanyId(), "the new company is the first user's primary");
        assertFalse(created.existingPersonAuthorised());
        assertEquals(Set.of(CoreRoles.USER_ADMIN, CoreRoles.FIRM_MAIN_USER), fixture.effectiveRoles(first, c.id()));
        // The system's grants (AUTOMATIC, no grantor), not support's; the membership has every part's rights.
        assertEquals(List.of(List.of(CoreRoles.FIRM_MAIN_USER, "AUTOMATIC"), List.of(CoreRoles.USER_ADMIN, "AUTOMATIC")),
                db.rows("SELECT g.role, g.origin FROM role_grant g JOIN membership m ON m.id = g.membership_id"
                        + " WHERE m.company_id = ? AND g.granted_by IS NULL ORDER BY g.role", c.id()));
        assertEquals(List.of(List.of("ALL_RIGHTS", "ALL_RIGHTS", "ADMINISTRATION")),
                db.rows("SELECT accounting_profile, payroll_profile, crm_profile FROM membership WHERE company_id = ?",
                        c.id()));
        // The company's trail, read through the audit query bean: creation, first user, the two grants
        // (the system's own, which name no delegation rule).
        List<AuditEvent> trail = auditQuery.forCompany(c.id(), null, null, null, 0, 50).events();
        assertEquals(List.of("company.create ALLOWED D2 support", "user.create ALLOWED D2 support",
                "role.grant ALLOWED null system", "role.grant ALLOWED null system"),
                trail.stream().map(e -> e.action() + " " + e.outcome() + " " + e.rule() + " " + e.actorName()).toList());
    }

    @Test
    void ordinaryCompanyCreation_firstUserGetsUserAdminOnly_D2() {
        CompanyAdministration.Created created = fixture.company(false, false);

        assertFalse(created.company().isAccountingFirm());
        assertEquals(created.firstUser().id(), created.company().mainUserId());
        assertEquals(Set.of(CoreRoles.USER_ADMIN),
                fixture.effectiveRoles(created.firstUser().userId(), created.company().id()));
        assertEquals(List.of(Arrays.asList("ALL_RIGHTS", null, "ADMINISTRATION")),
                db.rows("SELECT accounting_profile, payroll_profile, crm_profile FROM membership WHERE company_id = ?",
                        created.company().id()), "no payroll profile where payroll is off");
    }

    @Test
    void onlyPlatformSupportCreatesCompanies_theDenialIsAudited() {
        CompanyAdministration.Created other = fixture.company(false, false);
        Actor notSupport = fixture.actor(other.firstUser().userId());
        String name = unique("Refused");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        assertThrows(AccessDeniedException.class, () -> companies.create(notSupport,
                new NewCompany(name, null, false, null, false, false, newUser(unique("first")))));

        assertEquals(List.of(new Db.Event("company.create", "DENIED", null, notSupport.name(), null, name)),
                db.eventsAfter(mark));
        assertEquals(0, db.count("SELECT COUNT(*) FROM company WHERE name = ?", name));
        assertEquals(before.get("app_user"), db.snapshot().get("app_user"));
    }

    /** The company row and its ALLOWED event are written before the first user fails: both must go. */
    @Test
    void failurePartWayThroughCreationLeavesNothing_oneTransactionPerCall() {
        CompanyAdministration.Created existing = fixture.company(false, false);
        String takenUserId = existing.firstUser().userId().toUpperCase(); // user ids ignore case
        String name = unique("Half");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        assertThrows(ConflictException.class, () -> companies.create(fixture.support(),
                new NewCompany(name, null, true, null, true, true, newUser(takenUserId))));

        assertEquals(before, db.snapshot(), "no company, account, membership, grant or audit event remains");
        assertEquals(List.of(), db.eventsAfter(mark));
        assertEquals(0, db.count("SELECT COUNT(*) FROM company WHERE name = ?", name));
    }

    @Test
    void firstUserWithAnExistingIdentityCodeIsThatPersonAuthorised_D11() {
        CompanyAdministration.Created home = fixture.company(false, false);
        String code = Fixture.finnishIdentityCode();
        String personId = unique("person");
        users.createUser(fixture.actor(home.firstUser().userId()), home.company().id(), newUser(personId, code),
                MembershipTerms.defaults());
        long person = fixture.account(personId).id();
        String unusedUserId = unique("duplicate");

        CompanyAdministration.Created created = companies.create(fixture.support(),
                new NewCompany(unique("Company"), null, false, null, false, false, newUser(unusedUserId, code)));

        assertTrue(created.existingPersonAuthorised());
        assertEquals(person, created.firstUser().id());
        assertEquals(person, created.company().mainUserId());
        assertEquals(home.company().id(), fixture.account(personId).primaryCompanyId(), "primary company unchanged");
        assertEquals(Set.of(CoreRoles.USER_ADMIN), fixture.effectiveRoles(personId, created.company().id()));
        assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE user_id = ?", unusedUserId), "no duplicate");
        assertEquals(1, db.count("SELECT COUNT(*) FROM app_user WHERE personal_identity_code = ?", code));
        assertEquals(List.of("company.create ALLOWED D2", "membership.authorise ALLOWED D11",
                "role.grant ALLOWED"), summaries(created.company().id()));
    }

    /**
     * D13: a FIRM_MAIN_USER opens a client company under a company where they hold USER_ADMIN.
     * Every FIRM_MAIN_USER of the firm gets the client with FIRM_MAIN_USER, USER_ADMIN, BOOKKEEPER
     * and, where payroll is on, PAYROLL_CALCULATOR; even one without USER_ADMIN in the firm.
     */
    @Test
    void openingClientCompanyGivesEveryFirmMainUserTheClient_D13() {
        CompanyAdministration.Created firm = fixture.company(true, false);
        long firmId = firm.company().id();
        String opener = firm.firstUser().userId();
        Actor openerActor = fixture.actor(opener);
        // A second firm main user (support's exceptional grant, D5) without USER_ADMIN, and a plain member.
        String second = fixture.user(openerActor, firmId);
        fixture.grant(fixture.support(), firmId, second, CoreRoles.FIRM_MAIN_USER);
        String plain = fixture.user(openerActor, firmId);
        assertEquals(Set.of(CoreRoles.FIRM_MAIN_USER), fixture.effectiveRoles(second, firmId));
        String clientFirst = unique("clientfirst");

        CompanyAdministration.Created payrollClient = companies.create(openerActor,
                new NewCompany(unique("Client"), null, false, null, true, false, newUser(clientFirst), firmId));

        Company client = payrollClient.company();
        assertEquals(firmId, client.accountingFirmId(), "the client's firm is the opener's primary company");
        assertEquals(firmId, client.openedUnderId());
        Set<String> withPayroll = Set.of(CoreRoles.FIRM_MAIN_USER, CoreRoles.USER_ADMIN, CoreRoles.BOOKKEEPER,
                PayrollRoles.PAYROLL_CALCULATOR);
        assertEquals(withPayroll, fixture.effectiveRoles(opener, client.id()));
        assertEquals(withPayroll, fixture.effectiveRoles(second, client.id()));
        assertEquals(Set.of(), fixture.effectiveRoles(plain, client.id()));
        assertEquals(0, db.count("SELECT COUNT(*) FROM membership WHERE company_id = ? AND user_id = ?", client.id(),
                fixture.account(plain).id()), "only firm main users are added");
        assertEquals(Set.of(CoreRoles.USER_ADMIN), fixture.effectiveRoles(clientFirst, client.id()));
        assertEquals(payrollClient.firstUser().id(), client.mainUserId());
        assertEquals(List.of(List.of("AUTOMATIC", 8L)), db.rows("SELECT g.origin, COUNT(*) FROM role_grant g"
                + " JOIN membership m ON m.id = g.membership_id JOIN app_user u ON u.id = m.user_id"
                + " WHERE m.company_id = ? AND u.user_id IN (?, ?) GROUP BY g.origin", client.id(), opener, second)
                .stream().map(r -> List.of(r.get(0), ((Number) r.get(1)).longValue())).toList());
        assertEquals(List.of(List.of("ALL_RIGHTS", "ALL_RIGHTS")), db.rows("SELECT DISTINCT m.accounting_profile,"
                + " m.payroll_profile FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.company_id = ?"
                + " AND u.user_id IN (?, ?)", client.id(), opener, second));
        assertEquals("company.create ALLOWED D13", summaries(client.id()).get(0));

        // Without payroll no PAYROLL_CALCULATOR; and "under" may be any company where the opener holds USER_ADMIN.
        CompanyAdministration.Created plainClient = companies.create(openerActor,
                new NewCompany(unique("Client"), null, false, null, false, false, null, client.id()));
        assertEquals(firmId, plainClient.company().accountingFirmId());
        assertEquals(client.id(), plainClient.company().openedUnderId());
        assertEquals(FIRM_MAIN_USER_IN_CLIENT, fixture.effectiveRoles(opener, plainClient.company().id()));
        assertEquals(FIRM_MAIN_USER_IN_CLIENT, fixture.effectiveRoles(second, plainClient.company().id()));
    }

    @Test
    void openingClientCompanyIsDeniedWithoutUserAdminWhereOpened_D13() {
        CompanyAdministration.Created firm = fixture.company(true, false);
        long firmId = firm.company().id();
        Actor opener = fixture.actor(firm.firstUser().userId());
        String second = fixture.user(opener, firmId);
        fixture.grant(fixture.support(), firmId, second, CoreRoles.FIRM_MAIN_USER);
        CompanyAdministration.Created unrelated = fixture.company(false, false);
        CompanyAdministration.Created ordinary = fixture.company(false, false);

        // A firm main user without USER_ADMIN in the company opened under; the firm's own USER_ADMIN
        // under a company where they hold nothing; an ordinary company's USER_ADMIN (no firm).
        assertDeniedD13(fixture.actor(second), firmId);
        assertDeniedD13(opener, unrelated.company().id());
        assertDeniedD13(fixture.actor(ordinary.firstUser().userId()), ordinary.company().id());
    }

    private void assertDeniedD13(Actor actor, long under) {
        String name = unique("Denied");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> companies.create(actor,
                new NewCompany(name, null, false, null, false, false, newUser(unique("first")), under)));

        assertEquals(RuleId.D13, e.rule());
        assertEquals(List.of(new Db.Event("company.open-client", "DENIED", "D13", actor.name(), under, name)),
                db.eventsAfter(mark), "the denial alone is recorded (in a transaction of its own)");
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot(), "nothing else was written");
    }

    /** The client company and its ALLOWED event exist before the first user fails: both must go. */
    @Test
    void failurePartWayThroughOpeningClientLeavesNothing_D13() {
        CompanyAdministration.Created firm = fixture.company(true, true);
        Actor opener = fixture.actor(firm.firstUser().userId());
        String taken = firm.firstUser().userId();
        String name = unique("Half");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        assertThrows(ConflictException.class, () -> companies.create(opener,
                new NewCompany(name, null, false, null, true, false, newUser(taken), firm.company().id())));

        assertEquals(before, db.snapshot());
        assertEquals(List.of(), db.eventsAfter(mark));
    }

    private List<String> summaries(long companyId) {
        return auditQuery.forCompany(companyId, null, null, null, 0, 100).events().stream()
                .map(e -> e.action() + " " + e.outcome() + (e.rule() == null ? "" : " " + e.rule())).toList();
    }
}
