package app.rolegate.container;

import static app.rolegate.container.Fixture.newUser;
import static app.rolegate.container.Fixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.administration.CompanyAdministration;
import app.rolegate.administration.UserAdministration;
import app.rolegate.grant.CoreRoles;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import app.rolegate.administration.MemberDirectory;
import app.rolegate.administration.MemberFilter;
import app.rolegate.administration.UserPatch;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Users and memberships through {@link UserAdministration}: a failed call leaves nothing, a denial
 * leaves exactly its DENIED event (written in a transaction of its own), D11 by identity code.
 */
class UserAdministrationIT extends ContainerTest {
    @Inject
    UserAdministration users;

    @Inject
    UserTransaction tx;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    @Test
    void duplicateUserIdIsAConflictAndLeavesNoTrace() {
        CompanyAdministration.Created c = fixture.company(false, false);
        Actor admin = fixture.actor(c.firstUser().userId());
        String existing = fixture.user(admin, c.company().id());
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        assertThrows(ConflictException.class, () -> users.createUser(admin, c.company().id(),
                newUser(existing.toUpperCase()), MembershipTerms.defaults()));

        assertEquals(before, db.snapshot(), "no account, membership or audit event");
        assertEquals(List.of(), db.eventsAfter(mark));
    }

    @Test
    void createUserByANonAdministratorIsDeniedAndOnlyTheDenialIsRecorded_D2() {
        CompanyAdministration.Created c = fixture.company(false, false);
        String member = fixture.user(fixture.actor(c.firstUser().userId()), c.company().id());
        Actor plain = fixture.actor(member);
        String wanted = unique("wanted");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class, () -> users.createUser(plain,
                c.company().id(), newUser(wanted), MembershipTerms.defaults()));

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
        CompanyAdministration.Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor admin = fixture.actor(c.firstUser().userId());
        Actor plain = fixture.actor(fixture.user(admin, company));
        String created = unique("created");
        String refused = unique("refused");
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        tx.begin();
        try {
            users.createUser(admin, company, newUser(created), MembershipTerms.defaults());
            assertThrows(RuleDeniedException.class, () -> users.createUser(plain, company, newUser(refused),
                    MembershipTerms.defaults()));
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
        CompanyAdministration.Created home = fixture.company(false, false);
        String code = Fixture.finnishIdentityCode();
        String person = unique("person");
        users.createUser(fixture.actor(home.firstUser().userId()), home.company().id(), newUser(person, code),
                MembershipTerms.defaults());
        CompanyAdministration.Created other = fixture.company(false, false);
        long otherId = other.company().id();
        Actor otherAdmin = fixture.actor(other.firstUser().userId());
        assertThrows(NotFoundException.class, () -> users.user(otherAdmin, person), "invisible before");
        String unused = unique("unused");
        long mark = db.lastAuditId();

        UserAdministration.Created result = users.createUser(otherAdmin, otherId, newUser(unused, code),
                new MembershipTerms(null, AccountingProfile.LEDGER, null, null, null, null));

        assertTrue(result.existingPersonAuthorised());
        assertEquals(fixture.account(person).id(), result.member().user().id());
        assertEquals(AccountingProfile.LEDGER, result.member().membership().accountingProfile());
        assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE user_id = ?", unused));
        assertEquals(1, db.count("SELECT COUNT(*) FROM app_user WHERE personal_identity_code = ?", code));
        assertEquals(home.company().id(), fixture.account(person).primaryCompanyId(), "primary company unchanged");
        assertEquals(1, db.count("SELECT COUNT(*) FROM membership WHERE user_id = ? AND company_id = ?",
                fixture.account(person).id(), otherId));
        assertEquals(List.of(new Db.Event("membership.authorise", "ALLOWED", "D11", otherAdmin.name(), otherId, person)),
                db.eventsAfter(mark));
        assertEquals(person, users.user(otherAdmin, person).userId(), "visible now");

        // Once a member, the same code is a conflict, not a second membership.
        Map<String, Long> before = db.snapshot();
        assertThrows(ConflictException.class, () -> users.createUser(otherAdmin, otherId, newUser(unique("again"), code),
                MembershipTerms.defaults()));
        assertEquals(before, db.snapshot());
    }

    /** Two administrators edit one membership from the same version: the second is refused, nothing of it lands. */
    @Test
    void staleExpectedVersionIsAConflict_optimisticLocking() {
        CompanyAdministration.Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String otherAdminId = fixture.user(main, company);
        fixture.grant(main, company, otherAdminId, CoreRoles.USER_ADMIN); // D3 with D8: the main user may
        Actor otherAdmin = fixture.actor(otherAdminId);
        String target = fixture.user(main, company);
        long version = users.membership(main, company, target).membership().version();
        assertEquals(version, users.membership(otherAdmin, company, target).membership().version());
        long mark = db.lastAuditId();

        users.putMembership(main, company, target,
                new MembershipTerms(null, AccountingProfile.LEDGER, null, null, null, version));
        ConflictException e = assertThrows(ConflictException.class, () -> users.putMembership(otherAdmin, company,
                target, new MembershipTerms(null, AccountingProfile.SALES_LEDGER, null, null, null, version)));

        assertTrue(e.getMessage().contains("changed by someone else"), e.getMessage());
        assertEquals(List.of(List.of("LEDGER", version + 1)), db.rows("SELECT accounting_profile, version FROM"
                + " membership WHERE company_id = ? AND user_id = ?", company, fixture.account(target).id()));
        assertEquals(List.of(new Db.Event("membership.change", "ALLOWED", "D2", main.name(), company, target)),
                db.eventsAfter(mark));
        // With the current version the second administrator's change goes through.
        users.putMembership(otherAdmin, company, target,
                new MembershipTerms(null, AccountingProfile.SALES_LEDGER, null, null, null, version + 1));
        assertEquals(AccountingProfile.SALES_LEDGER, users.membership(main, company, target).membership()
                .accountingProfile());
    }

    /** Overrides are part of the membership's state: changing only them must move the version too. */
    @Test
    void changingOnlyOverridesMovesTheVersion_optimisticLocking() {
        CompanyAdministration.Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String target = fixture.user(main, company);
        long version = users.membership(main, company, target).membership().version();

        users.putMembership(main, company, target, new MembershipTerms(null, null, null, null,
                Map.of("invoices.approve", AccessLevel.EDIT), version));

        long after = users.membership(main, company, target).membership().version();
        assertTrue(after > version, "version " + version + " -> " + after);
        assertThrows(ConflictException.class, () -> users.putMembership(main, company, target,
                new MembershipTerms(null, null, null, null, Map.of(), version)));
        assertFalse(users.membership(main, company, target).membership().overrides().isEmpty());
    }

    /**
     * A real overlap: the first edit's transaction holds the membership row (flushed, not committed)
     * when the second edit starts from the same version on another thread. The database makes the
     * second wait; once the first commits, the second finds the version moved and is refused.
     */
    @Test
    void concurrentEditFromTheSameVersionWaitsThenIsAConflict_optimisticLocking() throws Exception {
        CompanyAdministration.Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String otherAdminId = fixture.user(main, company);
        fixture.grant(main, company, otherAdminId, CoreRoles.USER_ADMIN);
        Actor otherAdmin = fixture.actor(otherAdminId);
        String target = fixture.user(main, company);
        long version = users.membership(main, company, target).membership().version();
        long mark = db.lastAuditId();
        CompletableFuture<Throwable> second = new CompletableFuture<>();
        Thread secondEdit = new Thread(() -> {
            try {
                users.putMembership(otherAdmin, company, target,
                        new MembershipTerms(null, AccountingProfile.SALES_LEDGER, null, null, null, version));
                second.complete(null);
            } catch (Throwable t) {
                second.complete(t);
            }
        }, "second-edit");

        tx.begin();
        try {
            users.putMembership(main, company, target,
                    new MembershipTerms(null, AccountingProfile.LEDGER, null, null, null, version));
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

    /** The members list costs the same few statements for a page of 1, 5 or 25: no query per row. */
    @Test
    void membersListRunsABoundedNumberOfStatementsWhateverThePageSize() {
        CompanyAdministration.Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        for (int i = 0; i < 24; i++) {
            String u = fixture.user(main, company);
            if (i % 2 == 0) {
                fixture.grant(main, company, u, CoreRoles.BOOKKEEPER);
            }
        }
        MemberFilter everyone = new MemberFilter(null, null, null, null);
        MemberFilter bookkeepers = new MemberFilter(CoreRoles.BOOKKEEPER, true, null, null);
        Map<String, List<String>> statements = new LinkedHashMap<>();
        Map<String, MemberDirectory.Page> pages = new LinkedHashMap<>();

        try (SqlCounter sql = SqlCounter.on(db.emf())) {
            for (int size : new int[] {1, 5, 25}) {
                pages.put("all/" + size, users.members(main, company, everyone, 0, size));
                statements.put("all/" + size, sql.take());
            }
            pages.put("bookkeepers/25", users.members(main, company, bookkeepers, 0, 25));
            statements.put("bookkeepers/25", sql.take());
        }

        assertEquals(1, pages.get("all/1").rows().size());
        assertEquals(5, pages.get("all/5").rows().size());
        assertEquals(25, pages.get("all/25").rows().size());
        assertEquals(25, pages.get("all/25").total(), "24 users and the first user");
        assertEquals(12, pages.get("bookkeepers/25").rows().size());
        assertTrue(pages.get("bookkeepers/25").rows().stream().allMatch(r -> r.grants().stream()
                .anyMatch(g -> g.role().equals(CoreRoles.BOOKKEEPER))), "each row carries its grants");
        assertEquals(13, pages.get("all/25").rows().stream().mapToInt(r -> r.grants().size()).sum(),
                "12 BOOKKEEPER grants and the first user's USER_ADMIN");
        int one = statements.get("all/1").size();
        assertTrue(one > 0, "the counter saw the statements");
        for (Map.Entry<String, List<String>> e : statements.entrySet()) {
            assertEquals(one, e.getValue().size(), e.getKey() + ": " + e.getValue());
            assertTrue(e.getValue().size() <= MAX_MEMBERS_LIST_STATEMENTS, e.getKey() + ": " + e.getValue());
        }
    }

    /** The active filter on real Derby (it once failed there: a Boolean parameter against a BOOLEAN column). */
    @Test
    void membersListFiltersByActive() {
        CompanyAdministration.Created c = fixture.company(false, false);
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String leaving = fixture.user(main, company);
        String staying = fixture.user(main, company);
        users.patchUser(main, leaving, new UserPatch(Set.of("active"), null, null, null, null, null, null, null, null,
                null, null, false, null, null, null, null));

        MemberDirectory.Page inactive = users.members(main, company, new MemberFilter(null, false, null, null), 0, 10);
        MemberDirectory.Page active = users.members(main, company, new MemberFilter(null, true, null, null), 0, 10);

        assertEquals(List.of(leaving), inactive.rows().stream().map(r -> r.user().userId()).toList());
        assertEquals(Set.of(c.firstUser().userId(), staying),
                Set.copyOf(active.rows().stream().map(r -> r.user().userId()).toList()));
        assertEquals(2, active.total());
    }

    /** The company, the actor's roles there (D2), the page, its grants, the count. */
    private static final int MAX_MEMBERS_LIST_STATEMENTS = 5;
}
