package app.rolegate.container;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyResults;
import app.rolegate.company.application.NewCompany;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.grant.application.GrantResult;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.user.NewUser;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds what a test needs through the real application services, each call its own transaction,
 * with fresh names so that tests never depend on one another or on their order.
 */
@ApplicationScoped
public class Fixture {
    private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    @Inject
    CompanyAdministration companies;

    @Inject
    MembershipAdministration memberships;

    @Inject
    GrantAdministration grants;

    @Inject
    UserRepository userRepository;

    @Inject
    GrantRepository grantRepository;

    @Inject
    Today today;

    /** A fresh name: the prefix and a random suffix (login names allow letters, digits, . _ @ -). */
    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid Finnish personal identity code, random enough that no other test has it. */
    public static String finnishIdentityCode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String date = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100));
        String individual = String.format("%03d", 2 + r.nextInt(898));
        return date + "-" + individual + CHECK_CHARS.charAt((int) (Long.parseLong(date + individual) % 31));
    }

    public static NewUser newUser(String userId) {
        return newUser(userId, null);
    }

    /** A new user as the API would build it (NewUser.of checks the input), with a Finnish identity code if given. */
    public static NewUser newUser(String userId, String finnishIdentityCode) {
        return NewUser.of(userId, null, "Test", userId, userId + "@example.test", null, null, null, null, null, null,
                finnishIdentityCode == null ? null : "FI", finnishIdentityCode);
    }

    /** The platform support account that first start created, as the actor the REST layer would build. */
    public Actor support() {
        UserAccount s = userRepository.findByUserId("support").orElseThrow(
                () -> new IllegalStateException("first start made no 'support' account"));
        return Actor.user(s.id(), s.userId(), true);
    }

    /** An existing user as an actor. */
    public Actor actor(String userId) {
        UserAccount u = account(userId);
        return Actor.user(u.id(), u.userId(), u.isPlatformSupport());
    }

    /** The account as stored now (read outside any transaction: what was committed). */
    public UserAccount account(String userId) {
        return userRepository.findByUserId(userId).orElseThrow(() -> new IllegalStateException("no user " + userId));
    }

    /** Platform support creates a company with a fresh first user (main user, USER_ADMIN, FIRM_MAIN_USER in a firm). */
    public CompanyResults.Created company(boolean accountingFirm, boolean payrollEnabled) {
        return company(accountingFirm, payrollEnabled, newUser(unique("first")));
    }

    /** As {@link #company(boolean, boolean)} with this first user (an identity code that exists is that person, D11). */
    public CompanyResults.Created company(boolean accountingFirm, boolean payrollEnabled, NewUser firstUser) {
        return companies.create(support(), new NewCompany(unique("Company"), null, accountingFirm, null,
                payrollEnabled, true, firstUser));
    }

    /** The admin creates a fresh user in the company (primary company = that company); returns the user id. */
    public String user(Actor admin, long companyId) {
        String userId = unique("user");
        memberships.createUser(admin, companyId, new CreateUser(newUser(userId), null));
        return userId;
    }

    public GrantResult grant(Actor actor, long companyId, String userId, String role) {
        return grants.grant(actor, companyId, userId, GrantCommand.of(role));
    }

    /** Platform support's exceptional grant (D5, D6), at the written request of {@code requestedBy}. */
    public GrantResult supportGrant(long companyId, String userId, String role, String requestedBy) {
        return grants.grant(support(), companyId, userId, GrantCommand.of(role, null, null, null, null, requestedBy));
    }

    /** The roles that count for the user in the company today (SPEC 2 head), read now. */
    public Set<String> effectiveRoles(String userId, long companyId) {
        return grantRepository.effectiveRoles(account(userId).id(), companyId, today.date());
    }
}
