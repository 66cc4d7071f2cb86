package app.rolegate.container;

import static app.rolegate.container.Fixture.newUser;
import static app.rolegate.container.Fixture.unique;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rolegate.check.CheckFactsRepository;
import app.rolegate.company.application.CompanyResults.Created;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.RoleCounts;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.application.ChangeMembership;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.AccountPatch;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SPEC 2 head, "a role counts", is written three times in {@link RoleCounts}: as JPQL (read through
 * {@link GrantRepository#effectiveRoles}), as SQL (the check's 'A' rows, read through {@link
 * CheckFactsRepository#subject} with the user as asker) and as a Java predicate. One table of cases,
 * each set up in the real database, runs through all three; each must give what SPEC 2's head says:
 * the account is active, the membership in the company is valid today, the grant is valid today, and
 * the user's primary-company membership exists and is valid today.
 *
 * <p>Every case is one fresh user of company C holding BOOKKEEPER there; the user's primary company is
 * P, or C itself. An administrator of both (first user of P, and of C by identity code, D11) builds
 * the cases through the services; only an expired grant, which D17 refuses to create, is made by SQL.
 * A failure names the case and the path that disagreed.
 */
class RoleCountsIT extends ContainerTest {
    private static final String ROLE = CoreRoles.BOOKKEEPER;

    /** A validity relative to today: valid (today's grant from today to today, both ends inclusive;
     * an open membership), ended yesterday, or starting tomorrow. */
    enum Period { VALID, EXPIRED, FUTURE }

    /** The user's membership in their primary company, or the company of the case is the primary company. */
    enum Primary { VALID, EXPIRED, MISSING, IS_THIS_COMPANY }

    record Case(boolean active, Period membership, Period grant, Primary primary) {
        /** SPEC 2 head, read off the table (not through RoleCounts): what every path must answer. */
        boolean counts() {
            boolean primaryValid = primary == Primary.IS_THIS_COMPANY ? membership == Period.VALID
                    : primary == Primary.VALID;
            return active && membership == Period.VALID && grant == Period.VALID && primaryValid;
        }

        @Override
        public String toString() {
            return "[account " + (active ? "active" : "inactive") + ", membership " + membership + ", grant " + grant
                    + ", " + (primary == Primary.IS_THIS_COMPANY ? "the company is the primary company"
                            : "primary membership " + primary) + "]";
        }
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        for (boolean active : new boolean[] {true, false}) {
            for (Period membership : Period.values()) {
                for (Period grant : Period.values()) {
                    for (Primary primary : Primary.values()) {
                        all.add(new Case(active, membership, grant, primary));
                    }
                }
            }
        }
        return all;
    }

    @Inject
    MembershipAdministration memberships;

    @Inject
    GrantAdministration grants;

    @Inject
    AccountAdministration accounts;

    @Inject
    GrantRepository grantRepository;

    @Inject
    CheckFactsRepository checkFacts;

    @Inject
    Today today;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    LocalDate day;
    long p;
    long c;
    Actor admin;

    @Test
    void jpqlSqlAndJavaAgreeWithSpec2HeadOnEveryCase_D9_D18() {
        day = today.date();
        String code = Fixture.finnishIdentityCode();
        Created primaryCompany = fixture.company(false, false, newUser(unique("first"), code));
        Created company = fixture.company(false, false, newUser(unique("first"), code));
        p = primaryCompany.company().id();
        c = company.company().id();
        admin = fixture.actor(primaryCompany.firstUser().userId());
        assertEquals(Set.of(CoreRoles.USER_ADMIN), fixture.effectiveRoles(admin.name(), c), "the admin of both");

        List<Case> table = cases();
        assertEquals(72, table.size(), "2 x 3 x 3 x (3 primary memberships + the primary company itself)");
        List<Executable> checks = new ArrayList<>();
        for (Case k : table) {
            String userId = setUp(k);
            checks.addAll(checks(k, userId));
        }
        assertAll("RoleCounts: JPQL, SQL and Java against SPEC 2 head", checks);
    }

    private static Validity validity(Period period, LocalDate day, boolean isGrant) {
        return switch (period) {
            case VALID -> isGrant ? Validity.of(day, day) : Validity.untilFurtherNotice();
            case EXPIRED -> Validity.of(day.minusDays(30), day.minusDays(1));
            case FUTURE -> Validity.of(day.plusDays(1), null);
        };
    }

    private Validity primaryValidity(Case k) {
        return switch (k.primary()) {
            case VALID, MISSING -> Validity.untilFurtherNotice();
            case EXPIRED -> validity(Period.EXPIRED, day, false);
            case IS_THIS_COMPANY -> validity(k.membership(), day, false);
        };
    }

    private static MembershipTerms terms(Validity v) {
        return new MembershipTerms(v, null, null, null, null, null);
    }

    /** Builds the case through the services (SQL only for the expired grant); returns the user id. */
    private String setUp(Case k) {
        String userId = unique("rc");
        boolean here = k.primary() == Primary.IS_THIS_COMPANY;
        memberships.createUser(admin, here ? c : p, new CreateUser(newUser(userId), terms(primaryValidity(k))));
        if (!here) {
            Validity m = validity(k.membership(), day, false);
            memberships.putMembership(admin, c, userId, new ChangeMembership(terms(m), false, null)); // D11: visible
        }
        Validity g = validity(k.grant() == Period.EXPIRED ? Period.VALID : k.grant(), day, true);
        grants.grant(admin, c, userId, GrantCommand.of(ROLE, null, null, g.validFrom(), g.validTo(), null));
        if (k.grant() == Period.EXPIRED) {
            Validity expired = validity(Period.EXPIRED, day, true);
            assertEquals(1, db.update("UPDATE role_grant SET valid_from = ?, valid_to = ? WHERE role = ? AND"
                    + " membership_id = (SELECT m.id FROM membership m JOIN app_user u ON u.id = m.user_id"
                    + " WHERE u.user_id = ? AND m.company_id = ?)", expired.validFrom(), expired.validTo(), ROLE,
                    userId, c), k + " set-up: the expired grant");
        }
        if (!k.active()) {
            accounts.change(admin, userId, AccountPatch.of(Set.of("active"), null, null, null, null, null, null, null,
                    null, null, null, null, false, null, null, null, null, null, null)); // D18
        }
        if (k.primary() == Primary.MISSING) {
            memberships.removeMembership(admin, p, userId, true); // D9, confirmed
        }
        return userId;
    }

    /** The stored facts of the case, as each path reads them. */
    private record Facts(long accountId, boolean active, Validity membership, Validity grant, Validity primary) {
    }

    private Facts stored(String userId) {
        List<Object> r = db.rows("SELECT u.id, u.active, m.valid_from, m.valid_to, g.valid_from, g.valid_to"
                + " FROM app_user u JOIN membership m ON m.user_id = u.id AND m.company_id = ?"
                + " JOIN role_grant g ON g.membership_id = m.id AND g.role = ? WHERE u.user_id = ?", c, ROLE, userId)
                .get(0);
        List<List<Object>> pm = db.rows("SELECT pm.valid_from, pm.valid_to FROM app_user u JOIN membership pm"
                + " ON pm.user_id = u.id AND pm.company_id = u.primary_company_id WHERE u.user_id = ?", userId);
        return new Facts(((Number) r.get(0)).longValue(), (Boolean) r.get(1),
                Validity.of(Db.date(r.get(2)), Db.date(r.get(3))), Validity.of(Db.date(r.get(4)), Db.date(r.get(5))),
                pm.isEmpty() ? null : Validity.of(Db.date(pm.get(0).get(0)), Db.date(pm.get(0).get(1))));
    }

    private List<Executable> checks(Case k, String userId) {
        Facts f = stored(userId);
        boolean spec = k.counts();
        boolean jpql = grantRepository.effectiveRoles(f.accountId(), c, day).contains(ROLE);
        boolean sql = checkFacts.subject(c, userId, f.accountId(), day).orElseThrow().askerRoles().contains(ROLE);
        boolean java = RoleCounts.counts(f.active(), f.membership(), f.grant(), f.primary(), day);
        Facts intended = new Facts(f.accountId(), k.active(), validity(k.membership(), day, false),
                validity(k.grant(), day, true), k.primary() == Primary.MISSING ? null : primaryValidity(k));
        return List.of(
                () -> assertEquals(intended, f, k + " set-up: the stored facts are the case's"),
                () -> assertEquals(spec, jpql, k + " JPQL path (GrantRepository.effectiveRoles) disagrees with SPEC 2"
                        + " head"),
                () -> assertEquals(spec, sql, k + " SQL path (CheckFactsRepository.subject(...).askerRoles()) disagrees"
                        + " with SPEC 2 head"),
                () -> assertEquals(spec, java, k + " Java path (RoleCounts.counts) disagrees with SPEC 2 head"));
    }
}
