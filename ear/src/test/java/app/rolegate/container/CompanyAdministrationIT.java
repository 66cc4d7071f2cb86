package app.rolegate.container;

import static app.rolegate.container.Fixture.newUser;
import static app.rolegate.container.Fixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.audit.AuditEvent;
import app.rolegate.audit.AuditQuery;
import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyResults.Created;
import app.rolegate.company.application.CompanyView;
import app.rolegate.company.application.NewCompany;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.payroll.PayrollRoles;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Companies through {@link CompanyAdministration}: creation with the first user, who may be an
 * existing person (D11) but never the actor (D1), client companies an accounting firm opens (D13),
 * the main user (D8 with D1), and that each call is one transaction: a failure part-way leaves no
 * row and no audit event behind, a denial exactly its DENIED event.
 */
class CompanyAdministrationIT extends ContainerTest {
    private static final Set<String> FIRM_MAIN_USER_IN_CLIENT = Set.of(CoreRoles.FIRM_MAIN_USER, CoreRoles.USER_ADMIN,
            CoreRoles.BOOKKEEPER);

    @Inject
    CompanyAdministration companies;

    @Inject
    MembershipAdministration memberships;

    @Inject
    GrantAdministration grants;

    @Inject
    AuditQuery auditQuery;

    @Inject
    Today today;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    @Test
    void accountingFirmCreation_firstUserIsMainUserWithUserAdminAndFirmMainUser_SUPPORT() {
        Actor support = fixture.support();
        String name = unique("Firm");
        String first = unique("first");

        Created created = companies.create(support, new NewCompany(name, null, true, null, true, true, newUser(first)));

        CompanyView c = created.company();
        assertTrue(c.accountingFirm());
        assertEquals(created.firstUser().id(), c.mainUserId(), "the first user is the main user");
        assertEquals(c.id(), created.firstUser().primaryCompanyId(), "the new company is the first user's primary");
        assertFalse(created.existingPersonAuthorised());
        assertEquals(Set.of(CoreRoles.USER_ADMIN, CoreRoles.FIRM_MAIN_USER), fixture.effectiveRoles(first, c.id()));
        // The system's grants (AUTOMATIC, no grantor), not support's (D1 note); the membership has every part's rights.
        assertEquals(List.of(List.of(CoreRoles.FIRM_MAIN_USER, "AUTOMATIC"), List.of(CoreRoles.USER_ADMIN, "AUTOMATIC")),
                db.rows("SELECT g.role, g.origin FROM role_grant g JOIN membership m ON m.id = g.membership_id"
                        + " WHERE m.company_id = ? AND g.granted_by IS NULL ORDER BY g.role", c.id()));
        assertEquals(List.of(List.of("ALL_RIGHTS", "ALL_RIGHTS", "ADMINISTRATION")),
                db.rows("SELECT accounting_profile, payroll_profile, crm_profile FROM membership WHERE company_id = ?",
                        c.id()));
        // The company's trail, read through the audit query bean: creation (support's own power), the
        // first user, the two grants (the system's own, which name no delegation rule).
        List<AuditEvent> trail = auditQuery.forCompany(c.id(), new AuditQuery.Filter(null, null, null), 0, 50).events();
        assertEquals(List.of("company.create ALLOWED SUPPORT support", "user.create ALLOWED D2 support",
                "role.grant ALLOWED null system", "role.grant ALLOWED null system"),
                trail.stream().map(e -> e.action() + " " + e.outcome() + " " + e.rule() + " " + e.actorName()).toList());
    }

    @Test
    void ordinaryCompanyCreation_firstUserGetsUserAdminOnly_SUPPORT() {
        Created created = fixture.company(false, false);

        assertFalse(created.company().accountingFirm());
        assertEquals(created.firstUser().id(), created.company().mainUserId());
        assertEquals(Set.of(CoreRoles.USER_ADMIN),
                fixture.effectiveRoles(created.firstUser().userId(), created.company().id()));
        assertEquals(List.of(Arrays.asList("ALL_RIGHTS", null, "ADMINISTRATION")),
                db.rows("SELECT accounting_profile, payroll_profile, crm_profile FROM membership WHERE company_id = ?",
                        created.company().id()), "no payroll profile where payroll is off");
    }

    @Test
    void onlyPlatformSupportCreatesCompanies_theDenialIsAudited_SUPPORT() {
        Created other = fixture.company(false, false);
        Actor notSupport = fixture.actor(other.firstUser().userId());
        String name = unique("Refused");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> companies.create(notSupport,
                new NewCompany(name, null, false, null, false, false, newUser(unique("first")))));

        assertEquals(RuleId.SUPPORT, e.rule());
        assertEquals(List.of(new Db.Event("company.create", "DENIED", "SUPPORT", notSupport.name(), null, name)),
                db.eventsAfter(mark), "a platform event: the company does not exist");
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot(), "nothing but the denial");
    }

    /** D1 (revision 2): support does not make itself a first user, by user id in any case. */
    @Test
    void supportNamingItselfFirstUserIsDenied_D1() {
        String name = unique("Self");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> companies.create(fixture.support(),
                new NewCompany(name, null, false, null, false, false, newUser("SUPPORT"))));

        assertEquals(RuleId.D1, e.rule());
        assertEquals(List.of(new Db.Event("company.create", "DENIED", "D1", "support", null, name)),
                db.eventsAfter(mark));
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot());
    }

    /** The company row and its ALLOWED event are written before the first user fails: both must go. */
    @Test
    void failurePartWayThroughCreationLeavesNothing_oneTransactionPerCall() {
        Created existing = fixture.company(false, false);
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
        Created home = fixture.company(false, false);
        String code = Fixture.finnishIdentityCode();
        String personId = unique("person");
        memberships.createUser(fixture.actor(home.firstUser().userId()), home.company().id(),
                new CreateUser(newUser(personId, code), null));
        long person = fixture.account(personId).id();
        String unusedUserId = unique("duplicate");

        Created created = companies.create(fixture.support(),
                new NewCompany(unique("Company"), null, false, null, false, false, newUser(unusedUserId, code)));

        assertTrue(created.existingPersonAuthorised());
        assertEquals(person, created.firstUser().id());
        assertEquals(person, created.company().mainUserId());
        assertEquals(home.company().id(), fixture.account(personId).primaryCompanyId(), "primary company unchanged");
        assertEquals(Set.of(CoreRoles.USER_ADMIN), fixture.effectiveRoles(personId, created.company().id()));
        assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE user_id = ?", unusedUserId), "no duplicate");
        assertEquals(1, db.count("SELECT COUNT(*) FROM app_user WHERE personal_identity_code = ?", code));
        assertEquals(List.of("company.create ALLOWED SUPPORT", "membership.authorise ALLOWED D11", "role.grant ALLOWED"),
                summaries(created.company().id()));
    }

    /**
     * D13: a FIRM_MAIN_USER opens a client company under a company where they hold USER_ADMIN.
     * Every FIRM_MAIN_USER of the firm gets the client with FIRM_MAIN_USER, USER_ADMIN, BOOKKEEPER
     * and, where payroll is on, PAYROLL_CALCULATOR; even one without USER_ADMIN in the firm.
     */
    @Test
    void openingClientCompanyGivesEveryFirmMainUserTheClient_D13() {
        Created firm = fixture.company(true, false);
        long firmId = firm.company().id();
        String opener = firm.firstUser().userId();
        Actor openerActor = fixture.actor(opener);
        // A second firm main user (support's exceptional grant at the main user's request, D5) without
        // USER_ADMIN, and a plain member.
        String second = fixture.user(openerActor, firmId);
        fixture.supportGrant(firmId, second, CoreRoles.FIRM_MAIN_USER, opener);
        String plain = fixture.user(openerActor, firmId);
        assertEquals(Set.of(CoreRoles.FIRM_MAIN_USER), fixture.effectiveRoles(second, firmId));
        String clientFirst = unique("clientfirst");

        Created payrollClient = companies.create(openerActor,
                new NewCompany(unique("Client"), null, false, null, true, false, newUser(clientFirst), firmId));

        CompanyView client = payrollClient.company();
        assertEquals(firmId, client.accountingFirmId(), "the client's firm is the opener's primary company");
        assertEquals(firmId, client.openedUnder());
        assertEquals(2, payrollClient.firmMainUsersAdded());
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
        Created plainClient = companies.create(openerActor,
                new NewCompany(unique("Client"), null, false, null, false, false, null, client.id()));
        assertEquals(firmId, plainClient.company().accountingFirmId());
        assertEquals(client.id(), plainClient.company().openedUnder());
        assertNull(plainClient.firstUser(), "a client may be opened without a first user");
        assertEquals(FIRM_MAIN_USER_IN_CLIENT, fixture.effectiveRoles(opener, plainClient.company().id()));
        assertEquals(FIRM_MAIN_USER_IN_CLIENT, fixture.effectiveRoles(second, plainClient.company().id()));
    }

    /**
     * D13 (revision 2): only firm main users whose FIRM_MAIN_USER counts today are propagated, and what
     * each gets in the client ends when their FIRM_MAIN_USER in the firm ends.
     */
    @Test
    void propagatedRightsEndWithTheFirmMainUserGrant_D13() {
        Created firm = fixture.company(true, false);
        long firmId = firm.company().id();
        String opener = firm.firstUser().userId();
        Actor openerActor = fixture.actor(opener);
        String ending = fixture.user(openerActor, firmId);
        LocalDate end = today.date().plusDays(30);
        grants.grant(fixture.support(), firmId, ending,
                GrantCommand.of(CoreRoles.FIRM_MAIN_USER, null, null, null, end, opener));
        String notYet = fixture.user(openerActor, firmId);
        grants.grant(fixture.support(), firmId, notYet,
                GrantCommand.of(CoreRoles.FIRM_MAIN_USER, null, null, today.date().plusDays(1), null, opener));

        Created client = companies.create(openerActor,
                new NewCompany(unique("Client"), null, false, null, false, false, null, firmId));

        long cid = client.company().id();
        assertEquals(2, client.firmMainUsersAdded(), "the opener and the one whose grant counts today");
        assertEquals(FIRM_MAIN_USER_IN_CLIENT, fixture.effectiveRoles(ending, cid));
        assertEquals(0, db.count("SELECT COUNT(*) FROM membership WHERE company_id = ? AND user_id = ?", cid,
                fixture.account(notYet).id()), "a FIRM_MAIN_USER that does not count today is not propagated");
        long endingId = fixture.account(ending).id();
        assertEquals(List.of(end), dates("SELECT valid_to FROM membership WHERE company_id = ? AND user_id = ?", cid,
                endingId), "the membership ends with the firm grant");
        assertEquals(List.of(end, end, end), dates("SELECT g.valid_to FROM role_grant g JOIN membership m"
                + " ON m.id = g.membership_id WHERE m.company_id = ? AND m.user_id = ?", cid, endingId),
                "so do the grants");
    }

    @Test
    void openingClientCompanyIsDeniedWithoutUserAdminWhereOpened_D13() {
        Created firm = fixture.company(true, false);
        long firmId = firm.company().id();
        Actor opener = fixture.actor(firm.firstUser().userId());
        String second = fixture.user(opener, firmId);
        fixture.supportGrant(firmId, second, CoreRoles.FIRM_MAIN_USER, opener.name());
        Created unrelated = fixture.company(false, false);
        Created ordinary = fixture.company(false, false);

        // A firm main user without USER_ADMIN in the company opened under; an ordinary company's
        // USER_ADMIN (no firm). Both are members where they named: the denial is recorded there.
        assertDeniedD13(fixture.actor(second), firmId, firmId);
        assertDeniedD13(fixture.actor(ordinary.firstUser().userId()), ordinary.company().id(), ordinary.company().id());
        // The firm's own USER_ADMIN under a company they are no member of: that company does not exist for
        // them (2.1), and the refusal is a platform event, not one of the company named.
        long mark = db.lastAuditId();
        assertThrows(NotFoundException.class, () -> companies.create(opener, new NewCompany(unique("Denied"), null,
                false, null, false, false, newUser(unique("first")), unrelated.company().id())));
        List<Db.Event> events = db.eventsAfter(mark);
        assertTrue(events.stream().anyMatch(e -> "DENIED".equals(e.outcome()) && e.companyId() == null), events.toString());
        assertTrue(events.stream().noneMatch(e -> Long.valueOf(unrelated.company().id()).equals(e.companyId())),
                events.toString());
    }

    private void assertDeniedD13(Actor actor, long under, long recordedIn) {
        String name = unique("Denied");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> companies.create(actor,
                new NewCompany(name, null, false, null, false, false, newUser(unique("first")), under)));

        assertEquals(RuleId.D13, e.rule());
        assertEquals(List.of(new Db.Event("company.open-client", "DENIED", "D13", actor.name(), recordedIn, name)),
                db.eventsAfter(mark), "the denial alone is recorded (in a transaction of its own)");
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot(), "nothing else was written");
    }

    /** D1 (revision 2): a firm main user does not name themself first user of a client, not even by identity code. */
    @Test
    void openerNamingThemselfFirstUserIsDenied_D1() {
        String code = Fixture.finnishIdentityCode();
        Created firm = fixture.company(true, false, newUser(unique("first"), code));
        long firmId = firm.company().id();
        Actor opener = fixture.actor(firm.firstUser().userId());

        for (var firstUser : List.of(newUser(opener.name().toUpperCase()), newUser(unique("alias"), code))) {
            String name = unique("Client");
            Map<String, Long> before = db.snapshot();
            long mark = db.lastAuditId();

            RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> companies.create(opener,
                    new NewCompany(name, null, false, null, false, false, firstUser, firmId)));

            assertEquals(RuleId.D1, e.rule(), firstUser.userId());
            assertEquals(List.of(new Db.Event("company.open-client", "DENIED", "D1", opener.name(), firmId, name)),
                    db.eventsAfter(mark), firstUser.userId());
            before.merge("audit_event", 1L, Long::sum);
            assertEquals(before, db.snapshot(), firstUser.userId());
        }
    }

    /** The client company and its ALLOWED event exist before the first user fails: both must go. */
    @Test
    void failurePartWayThroughOpeningClientLeavesNothing_D13() {
        Created firm = fixture.company(true, true);
        Actor opener = fixture.actor(firm.firstUser().userId());
        // Another member's user id: taken (a conflict), and not the opener (which D1 would refuse first).
        String taken = fixture.user(opener, firm.company().id());
        String name = unique("Half");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        assertThrows(ConflictException.class, () -> companies.create(opener,
                new NewCompany(name, null, false, null, true, false, newUser(taken), firm.company().id())));

        assertEquals(before, db.snapshot());
        assertEquals(List.of(), db.eventsAfter(mark));
    }

    /** D8 with D1 (revision 2): a USER_ADMIN names a member main user, never themself. */
    @Test
    void mainUserIsAMemberNamedByAUserAdminNeverOneself_D8_D1() {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String adminId = fixture.user(main, company);
        fixture.grant(main, company, adminId, CoreRoles.USER_ADMIN);
        Actor admin = fixture.actor(adminId);
        long mark = db.lastAuditId();

        RuleDeniedException self = assertThrows(RuleDeniedException.class,
                () -> companies.setMainUser(admin, company, adminId));
        assertEquals(RuleId.D1, self.rule());
        assertEquals(List.of(new Db.Event("company.main-user", "DENIED", "D1", adminId, company, adminId)),
                db.eventsAfter(mark));
        Created other = fixture.company(false, false);
        String outsider = fixture.user(fixture.actor(other.firstUser().userId()), other.company().id());
        String next = fixture.user(main, company);
        long afterSetUp = db.lastAuditId();

        assertThrows(NotFoundException.class, () -> companies.setMainUser(admin, company, outsider),
                "a user who is no member here is hidden (2.1)");
        CompanyView changed = companies.setMainUser(admin, company, next.toUpperCase());

        assertEquals(fixture.account(next).id(), changed.mainUserId());
        assertEquals(List.of("company.main-user DENIED D2", "company.main-user ALLOWED D8"),
                db.eventsAfter(afterSetUp).stream().map(Db.Event::summary).toList());
        assertEquals(next, db.eventsAfter(afterSetUp).get(1).target(), "the stored user id, not as typed (2.1)");
    }

    private List<LocalDate> dates(String sql, Object... params) {
        return db.column(sql, params).stream().map(Db::date).toList();
    }

    private List<String> summaries(long companyId) {
        return auditQuery.forCompany(companyId, new AuditQuery.Filter(null, null, null), 0, 100).events().stream()
                .map(e -> e.action() + " " + e.outcome() + (e.rule() == null ? "" : " " + e.rule())).toList();
    }
}
