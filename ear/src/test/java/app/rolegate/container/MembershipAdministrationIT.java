package app.rolegate.container;

import static app.rolegate.container.Fixture.newUser;
import static app.rolegate.container.Fixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyResults.Created;
import app.rolegate.company.application.NewCompany;
import app.rolegate.grant.CoreRoles;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.application.ChangeMembership;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.membership.application.MembershipResults;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Page;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.register.MemberFilter;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.AccountPatch;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Users and memberships through {@link MembershipAdministration}: a failed call leaves nothing, a
 * denial leaves exactly its DENIED event (written in a transaction of its own), D11 by identity code,
 * hidden targets are 404 (2.1), the primary membership needs its confirmation (D9, D12), and lists
 * cost a fixed number of statements, never one per row.
 */
class MembershipAdministrationIT extends ContainerTest {
    @Inject
    MembershipAdministration memberships;

    @Inject
    AccountAdministration accounts;

    @Inject
    CompanyAdministration companies;

    @Inject
    UserTransaction tx;

    @Inject
    Today today;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    @Test
    void duplicateUserIdIsAConflictAndLeavesNoTrace() {
        Created c = fixture.company(false, false);
        Actor admin = fixture.actor(c.firstUser().userId());
        String existing = fixture.user(admin, c.company().id());
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        assertThrows(ConflictException.class, () -> memberships.createUser(admin, c.company().id(),
                new CreateUser(newUser(existing.toUpperCase()), null)));

        assertEquals(before, db.snapshot(), "no account, membership or audit event");
        assertEquals(List.of(), db.eventsAfter(mark));
    }

    @Test
    void createUserByANonAdministratorIsDeniedAndOnlyTheDenialIsRecorded_D2() {
        Created c = fixture.company(false, false);
        String member = fixture.user(fixture.actor(c.firstUser().userId()), c.company().id());
        Actor plain = fixture.actor(member);
        String wanted = unique("wanted");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> memberships.createUser(plain,
                c.company().id(), new CreateUser(newUser(wanted), null)));

        assertEquals(RuleId.D2, e.rule());
        assertEquals(List.of(new Db.Event("user.create", "DENIED", "D2", member, c.company().id(), wanted)),
                db.eventsAfter(mark));
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot());
    }

    /**
     * The audit log writes a denial with REQUIRES_NEW: when the denied call runs inside a larger
     * transaction, the denial dooms that transaction, yet its DENIED event stays while the earlier,
     * successful work and its ALLOWED event go.
     */
    @Test
    void denialSurvivesTheRollbackOfTheTransactionItDooms() throws Exception {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor admin = fixture.actor(c.firstUser().userId());
        Actor plain = fixture.actor(fixture.user(admin, company));
        String created = unique("created");
        String refused = unique("refused");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        tx.begin();
        try {
            memberships.createUser(admin, company, new CreateUser(newUser(created), null));
            assertThrows(RuleDeniedException.class, () -> memberships.createUser(plain, company,
                    new CreateUser(newUser(refused), null)));
            assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus(), "the denial marks the caller's transaction");
        } catch (Throwable t) {
            tx.rollback();
            throw t;
        }
        assertThrows(RollbackException.class, tx::commit);

        assertEquals(List.of(new Db.Event("user.create", "DENIED", "D2", plain.name(), company, refused)),
                db.eventsAfter(mark));
        assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE user_id = ?", created));
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot());
    }

    /** D11: an identity code that exists authorises that person, even one the admin cannot see; never a duplicate. */
    @Test
    void createUserWithAnExistingIdentityCodeAuthorisesThatPerson_D11() {
        Created home = fixture.company(false, false);
        String code = Fixture.finnishIdentityCode();
        String person = unique("person");
        memberships.createUser(fixture.actor(home.firstUser().userId()), home.company().id(),
                new CreateUser(newUser(person, code), null));
        Created other = fixture.company(false, false);
        long otherId = other.company().id();
        Actor otherAdmin = fixture.actor(other.firstUser().userId());
        assertThrows(NotFoundException.class, () -> accounts.user(otherAdmin, person), "invisible before");
        String unused = unique("unused");
        long mark = db.lastAuditId();

        MembershipResults.Created result = memberships.createUser(otherAdmin, otherId, new CreateUser(
                newUser(unused, code), new MembershipTerms(null, AccountingProfile.LEDGER, null, null, null, null)));

        assertTrue(result.existingPersonAuthorised());
        assertEquals(fixture.account(person).id(), result.member().user().id());
        assertEquals(AccountingProfile.LEDGER, result.member().accountingProfile());
        assertFalse(result.member().primaryCompany());
        assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE user_id = ?", unused));
        assertEquals(1, db.count("SELECT COUNT(*) FROM app_user WHERE personal_identity_code = ?", code));
        assertEquals(home.company().id(), fixture.account(person).primaryCompanyId(), "primary company unchanged");
        assertEquals(1, db.count("SELECT COUNT(*) FROM membership WHERE user_id = ? AND company_id = ?",
                fixture.account(person).id(), otherId));
        assertEquals(List.of(new Db.Event("membership.authorise", "ALLOWED", "D11", otherAdmin.name(), otherId, person)),
                db.eventsAfter(mark));
        assertEquals(person, accounts.user(otherAdmin, person).userId(), "visible now");

        // Once a member, the same code is a conflict, not a second membership.
        Map<String, Long> before = db.snapshot();
        assertThrows(ConflictException.class, () -> memberships.createUser(otherAdmin, otherId,
                new CreateUser(newUser(unique("again"), code), null)));
        assertEquals(before, db.snapshot());
    }

    /**
     * 2.1 (revision 2): to an administrator of C, an unknown user and a user they cannot see are one and
     * the same 404, for read, change and removal alike; each is a DENIED event in C.
     */
    @Test
    void unknownOrInvisibleUserIsNotFound_2_1() {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        Created other = fixture.company(false, false);
        String elsewhere = fixture.user(fixture.actor(other.firstUser().userId()), other.company().id());
        String unknown = unique("nobody");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        List<NotFoundException> answers = List.of(
                assertThrows(NotFoundException.class, () -> memberships.membership(main, company, unknown)),
                assertThrows(NotFoundException.class, () -> memberships.membership(main, company, elsewhere)),
                assertThrows(NotFoundException.class, () -> memberships.putMembership(main, company, elsewhere,
                        new ChangeMembership(MembershipTerms.defaults(), false, null))),
                assertThrows(NotFoundException.class, () -> memberships.putMembership(main, company, unknown,
                        new ChangeMembership(MembershipTerms.defaults(), false, null))),
                assertThrows(NotFoundException.class, () -> memberships.removeMembership(main, company, elsewhere,
                        false)));

        assertEquals(Set.of(NotFoundException.TEXT), Set.copyOf(answers.stream().map(Throwable::getMessage).toList()));
        assertEquals(List.of("membership.read DENIED D2", "membership.read DENIED D2",
                "membership.authorise DENIED D2", "membership.authorise DENIED D2", "membership.remove DENIED D2"),
                db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        assertTrue(db.eventsAfter(mark).stream().allMatch(e -> Long.valueOf(company).equals(e.companyId())));
        before.merge("audit_event", 5L, Long::sum);
        assertEquals(before, db.snapshot(), "nothing but the denials");
    }

    /** 2.1: to a non-member the company's register does not exist; the denial is a platform event. */
    @Test
    void membersOfACompanyOneIsNotAMemberOfIsNotFound_2_1() {
        Created c = fixture.company(false, false);
        Actor outsider = fixture.actor(fixture.company(false, false).firstUser().userId());
        long mark = db.lastAuditId();

        assertThrows(NotFoundException.class, () -> memberships.members(outsider, c.company().id(), MemberFilter.none(),
                0, 10));

        assertEquals(List.of(new Db.Event("members.list", "DENIED", "D2", outsider.name(), null,
                Long.toString(c.company().id()))), db.eventsAfter(mark));
    }

    /**
     * D1: nobody changes their own membership; the event names the user id as stored, not as typed
     * (2.1: the audit log records user ids canonically).
     */
    @Test
    void changingOnesOwnMembershipIsDeniedAndRecordedUnderTheStoredUserId_D1() {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> memberships.putMembership(main, company,
                main.name().toUpperCase(), new ChangeMembership(new MembershipTerms(null, AccountingProfile.NONE, null,
                        null, null, null), false, null)));

        assertEquals(RuleId.D1, e.rule());
        assertEquals(List.of(new Db.Event("membership.change", "DENIED", "D1", main.name(), company, main.name())),
                db.eventsAfter(mark));
        assertEquals(AccountingProfile.ALL_RIGHTS,
                memberships.membership(main, company, main.name()).accountingProfile(), "unchanged");
    }

    /** Two administrators edit one membership from the same version: the second is refused, nothing of it lands. */
    @Test
    void staleExpectedVersionIsAConflict_optimisticLocking() {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String otherAdminId = fixture.user(main, company);
        fixture.grant(main, company, otherAdminId, CoreRoles.USER_ADMIN); // D3 with D8: the main user may
        Actor otherAdmin = fixture.actor(otherAdminId);
        String target = fixture.user(main, company);
        long version = memberships.membership(main, company, target).version();
        assertEquals(version, memberships.membership(otherAdmin, company, target).version());
        long mark = db.lastAuditId();

        memberships.putMembership(main, company, target, change(AccountingProfile.LEDGER, version, null));
        ConflictException e = assertThrows(ConflictException.class, () -> memberships.putMembership(otherAdmin,
                company, target, change(AccountingProfile.SALES_LEDGER, version, null)));
        // If-Match names the version too: a stale one is 412, and changes nothing either.
        assertThrows(PreconditionFailedException.class, () -> memberships.putMembership(otherAdmin, company, target,
                change(AccountingProfile.SALES_LEDGER, null, version)));

        assertTrue(e.getMessage().contains("changed by someone else"), e.getMessage());
        assertEquals(List.of(List.of("LEDGER", version + 1)), db.rows("SELECT accounting_profile, version FROM"
                + " membership WHERE company_id = ? AND user_id = ?", company, fixture.account(target).id()));
        assertEquals(List.of(new Db.Event("membership.change", "ALLOWED", "D2", main.name(), company, target)),
                db.eventsAfter(mark));
        // With the current version the second administrator's change goes through.
        memberships.putMembership(otherAdmin, company, target, change(AccountingProfile.SALES_LEDGER, version + 1,
                version + 1));
        assertEquals(AccountingProfile.SALES_LEDGER, memberships.membership(main, company, target).accountingProfile());
    }

    private static ChangeMembership change(AccountingProfile profile, Long expectedVersion, Long ifMatch) {
        return new ChangeMembership(new MembershipTerms(null, profile, null, null, null, expectedVersion), false,
                ifMatch);
    }

    /** Overrides are part of the membership's state: changing only them must move the version too. */
    @Test
    void changingOnlyOverridesMovesTheVersion_optimisticLocking() {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String target = fixture.user(main, company);
        long version = memberships.membership(main, company, target).version();

        MemberView changed = memberships.putMembership(main, company, target, new ChangeMembership(new MembershipTerms(
                null, null, null, null, Map.of("invoices.approve", AccessLevel.EDIT), version), false, null)).member();

        long after = memberships.membership(main, company, target).version();
        assertTrue(after > version, "version " + version + " -> " + after);
        assertEquals(after, changed.version(), "the answer carries the version to send next");
        assertThrows(ConflictException.class, () -> memberships.putMembership(main, company, target,
                new ChangeMembership(new MembershipTerms(null, null, null, null, Map.of(), version), false, null)));
        assertEquals(Map.of("invoices.approve", AccessLevel.EDIT),
                memberships.membership(main, company, target).overrides());
    }

    /**
     * A real overlap: the first edit's transaction holds the membership row (flushed, not committed)
     * when the second edit starts from the same version on another thread. The database makes the
     * second wait; once the first commits, the second finds the version moved and is refused.
     */
    @Test
    void concurrentEditFromTheSameVersionWaitsThenIsAConflict_optimisticLocking() throws Exception {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String otherAdminId = fixture.user(main, company);
        fixture.grant(main, company, otherAdminId, CoreRoles.USER_ADMIN);
        Actor otherAdmin = fixture.actor(otherAdminId);
        String target = fixture.user(main, company);
        long version = memberships.membership(main, company, target).version();
        long mark = db.lastAuditId();
        CompletableFuture<Throwable> second = new CompletableFuture<>();
        Thread secondEdit = new Thread(() -> {
            try {
                memberships.putMembership(otherAdmin, company, target, change(AccountingProfile.SALES_LEDGER, version,
                        null));
                second.complete(null);
            } catch (Throwable t) {
                second.complete(t);
            }
        }, "second-edit");

        tx.begin();
        try {
            memberships.putMembership(main, company, target, change(AccountingProfile.LEDGER, version, null));
            db.flush();
            secondEdit.start();
            assertTrue(waitsInDerby(secondEdit, Duration.ofSeconds(30)),
                    "the second edit waits for the first one's row lock: " + secondEdit.getState());
        } catch (Throwable t) {
            tx.rollback();
            throw t;
        }
        tx.commit();

        Throwable outcome = second.get(60, TimeUnit.SECONDS);
        assertTrue(outcome instanceof ConflictException, "the second edit: " + outcome);
        assertEquals(List.of(List.of("LEDGER", version + 1)), db.rows("SELECT accounting_profile, version FROM"
                + " membership WHERE company_id = ? AND user_id = ?", company, fixture.account(target).id()));
        assertEquals(List.of(new Db.Event("membership.change", "ALLOWED", "D2", main.name(), company, target)),
                db.eventsAfter(mark));
    }

    private static boolean waitsInDerby(Thread t, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            Thread.State state = t.getState();
            if ((state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                    && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.apache.derby"))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /**
     * An administrator of both the user's primary company A and company B: A's first user, made B's
     * first user too by identity code (D11). U is created in A, authorised to B (D11) with BOOKKEEPER.
     */
    private record TwoCompanies(long a, long b, Actor admin, String user) {
    }

    private TwoCompanies twoCompanies(String userIdentityCode) {
        String code = Fixture.finnishIdentityCode();
        Created a = fixture.company(false, false, newUser(unique("first"), code));
        Created b = fixture.company(false, false, newUser(unique("first"), code));
        Actor admin = fixture.actor(a.firstUser().userId());
        String user = unique("user");
        memberships.createUser(admin, a.company().id(), new CreateUser(newUser(user, userIdentityCode), null));
        memberships.putMembership(admin, b.company().id(), user, new ChangeMembership(MembershipTerms.defaults(), false,
                null));
        fixture.grant(admin, b.company().id(), user, CoreRoles.BOOKKEEPER);
        return new TwoCompanies(a.company().id(), b.company().id(), admin, user);
    }

    /**
     * D9: removing the membership in the user's primary company must be confirmed; unconfirmed it is
     * bad input and changes nothing. Once it is gone, the user's roles elsewhere no longer count (SPEC
     * 2 head), though their grants stay.
     */
    @Test
    void removingThePrimaryMembershipNeedsConfirmationAndEndsRolesElsewhere_D9() {
        TwoCompanies t = twoCompanies(null);
        assertEquals(Set.of(CoreRoles.BOOKKEEPER), fixture.effectiveRoles(t.user(), t.b()));
        Map<String, Long> before = db.snapshot();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> memberships.removeMembership(t.admin(), t.a(), t.user(), false));
        assertTrue(e.getMessage().contains("confirmPrimary"), e.getMessage());
        assertEquals(before, db.snapshot(), "unconfirmed: nothing removed, nothing recorded");

        MembershipResults.Removed removed = memberships.removeMembership(t.admin(), t.a(), t.user(), true);

        assertTrue(removed.primaryCompany());
        assertEquals(Set.of(), fixture.effectiveRoles(t.user(), t.b()), "no role counts without the primary membership");
        assertEquals(1, db.count("SELECT COUNT(*) FROM role_grant g JOIN membership m ON m.id = g.membership_id"
                + " WHERE m.company_id = ? AND m.user_id = ?", t.b(), fixture.account(t.user()).id()),
                "the grant stays");
    }

    /**
     * D12 with D9: "update validity for all companies" touches every company where the actor holds
     * USER_ADMIN, and no other; ending the primary membership's validity needs the confirmation.
     */
    @Test
    void validityForAllTouchesOnlyTheActorsCompaniesAndEndingThePrimaryNeedsConfirmation_D12_D9() {
        String code = Fixture.finnishIdentityCode();
        TwoCompanies t = twoCompanies(code);
        Created third = fixture.company(false, false);
        memberships.createUser(fixture.actor(third.firstUser().userId()), third.company().id(),
                new CreateUser(newUser(unique("unused"), code), null)); // D11: the same person, elsewhere
        LocalDate end = today.date().plusDays(10);
        Map<String, Long> before = db.snapshot();

        assertThrows(InvalidInputException.class, () -> memberships.validityForAll(t.admin(), t.user(), end, false));
        assertEquals(before, db.snapshot());
        MembershipResults.AllCompanies done = memberships.validityForAll(t.admin(), t.user(), end, true);

        assertEquals(2, done.count());
        assertEquals(Set.of(t.a(), t.b()), Set.copyOf(done.companies().stream().map(MembershipResults.CompanyRef::id)
                .toList()));
        long userId = fixture.account(t.user()).id();
        assertEquals(List.of(end, end), db.column("SELECT valid_to FROM membership WHERE user_id = ? AND company_id IN"
                + " (?, ?)", userId, t.a(), t.b()).stream().map(Db::date).toList());
        assertEquals(Arrays.asList((Object) null), db.column("SELECT valid_to FROM membership WHERE user_id = ?"
                + " AND company_id = ?", userId, third.company().id()), "the company where the actor holds nothing is"
                + " untouched");
    }

    /** The members list costs the same few statements for a page of 1, 5 or 25: no query per row. */
    @Test
    void membersListRunsABoundedNumberOfStatementsWhateverThePageSize() {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        for (int i = 0; i < 24; i++) {
            String u = fixture.user(main, company);
            if (i % 2 == 0) {
                fixture.grant(main, company, u, CoreRoles.BOOKKEEPER);
            }
        }
        MemberFilter everyone = MemberFilter.none();
        MemberFilter bookkeepers = new MemberFilter(CoreRoles.BOOKKEEPER, true, null, null);
        Map<String, List<String>> statements = new LinkedHashMap<>();
        Map<String, Page<MemberView>> pages = new LinkedHashMap<>();

        try (SqlCounter sql = SqlCounter.on(db.emf())) {
            for (int size : new int[] {1, 5, 25}) {
                pages.put("all/" + size, memberships.members(main, company, everyone, 0, size));
                statements.put("all/" + size, sql.take());
            }
            pages.put("bookkeepers/25", memberships.members(main, company, bookkeepers, 0, 25));
            statements.put("bookkeepers/25", sql.take());
        }

        assertEquals(1, pages.get("all/1").items().size());
        assertEquals(5, pages.get("all/5").items().size());
        assertEquals(25, pages.get("all/25").items().size());
        assertEquals(25, pages.get("all/25").total(), "24 users and the first user");
        assertEquals(12, pages.get("bookkeepers/25").items().size());
        assertTrue(pages.get("bookkeepers/25").items().stream().allMatch(r -> r.roles().stream()
                .anyMatch(g -> g.role().equals(CoreRoles.BOOKKEEPER))), "each row carries its grants");
        assertEquals(13, pages.get("all/25").items().stream().mapToInt(r -> r.roles().size()).sum(),
                "12 BOOKKEEPER grants and the first user's USER_ADMIN");
        assertBounded(statements, MAX_MEMBERS_LIST_STATEMENTS);
        assertEquals(statements.get("all/1").size(), statements.get("bookkeepers/25").size(),
                "a filter costs no extra statement: " + statements.get("bookkeepers/25"));
    }

    /**
     * A firm main user may have thousands of memberships (D13): their own list, and what an
     * administrator sees of another user's (D9), cost the same statements for a page of 1 or of 6.
     */
    @Test
    void membershipListsOfOneUserRunABoundedNumberOfStatementsWhateverThePageSize_D9() {
        Created firm = fixture.company(true, false);
        long firmId = firm.company().id();
        Actor opener = fixture.actor(firm.firstUser().userId());
        for (int i = 0; i < 5; i++) {
            companies.create(opener, new NewCompany(unique("Client"), null, false, null, false, false, null, firmId));
        }
        Actor support = fixture.support();
        Map<String, List<String>> statements = new LinkedHashMap<>();
        Map<String, Page<MemberView>> pages = new LinkedHashMap<>();

        try (SqlCounter sql = SqlCounter.on(db.emf())) {
            for (int size : new int[] {1, 6}) {
                pages.put("mine/" + size, memberships.myMemberships(opener, 0, size));
                statements.put("mine/" + size, sql.take());
                pages.put("support's view/" + size, memberships.membershipsOf(support, opener.name(), 0, size));
                statements.put("support's view/" + size, sql.take());
            }
        }

        assertEquals(6, pages.get("mine/6").items().size(), "the firm and five clients");
        assertEquals(6, pages.get("mine/1").total());
        assertEquals(6, pages.get("support's view/6").items().size());
        assertTrue(pages.get("mine/6").items().stream().allMatch(m -> m.roles().size() >= 2), "each with its roles");
        assertBounded(statements, MAX_USER_MEMBERSHIPS_STATEMENTS);
    }

    /**
     * Every call of a series (the key up to its '/': one list, one filter) costs as many statements as
     * the series' first, whatever the page size: no statement per row. And no call runs more than
     * {@code max}.
     */
    private static void assertBounded(Map<String, List<String>> statements, int max) {
        Map<String, String> firstOfSeries = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : statements.entrySet()) {
            String series = e.getKey().substring(0, e.getKey().indexOf('/'));
            String first = firstOfSeries.computeIfAbsent(series, s -> e.getKey());
            assertTrue(e.getValue().size() > 0, e.getKey() + ": the counter saw the statements");
            assertEquals(statements.get(first).size(), e.getValue().size(), e.getKey() + " costs as many statements as "
                    + first + ": " + e.getValue());
        }
        statements.forEach((key, list) -> assertTrue(list.size() <= max, key + " runs at most " + max + " statements: "
                + list));
    }

    /** The active filter on real Derby (it once failed there: a Boolean parameter against a BOOLEAN column). */
    @Test
    void membersListFiltersByActive_D18() {
        Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String leaving = fixture.user(main, company);
        String staying = fixture.user(main, company);
        accounts.change(main, leaving, AccountPatch.of(Set.of("active"), null, null, null, null, null, null, null,
                null, null, null, null, false, null, null, null, null, null, null));

        Page<MemberView> inactive = memberships.members(main, company, new MemberFilter(null, false, null, null), 0, 10);
        Page<MemberView> active = memberships.members(main, company, new MemberFilter(null, true, null, null), 0, 10);

        assertEquals(List.of(leaving), inactive.items().stream().map(r -> r.user().userId()).toList());
        assertEquals(Set.of(c.firstUser().userId(), staying),
                Set.copyOf(active.items().stream().map(r -> r.user().userId()).toList()));
        assertEquals(2, active.total());
    }

    /**
     * The company, the actor's membership and roles there (D2), the page's ids (native SQL, for the
     * literal text filter), the count, the page's rows by id, the company again for the view, its grants.
     */
    private static final int MAX_MEMBERS_LIST_STATEMENTS = 8;

    /** The account, the page of memberships, their companies, their grants, their overrides, the count. */
    private static final int MAX_USER_MEMBERSHIPS_STATEMENTS = 6;
}
