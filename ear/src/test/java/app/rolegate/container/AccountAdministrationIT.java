package app.rolegate.container;

import static app.rolegate.container.Fixture.newUser;
import static app.rolegate.container.Fixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.company.application.CompanyResults.Created;
import app.rolegate.grant.CoreRoles;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.AccountPatch;
import app.rolegate.user.application.UserView;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts through {@link AccountAdministration}: who sees an account (D2, 2.1), personal data and
 * the identity code (D10), deactivation (D18 with D1), optimistic locking; a refused change leaves
 * only its DENIED event. Each test gets a fresh company whose main user M (USER_ADMIN) created U, and
 * A, a second USER_ADMIN who did not create U.
 */
class AccountAdministrationIT extends ContainerTest {
    @Inject
    AccountAdministration accounts;

    @Inject
    MembershipAdministration memberships;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    long company;
    Actor main;
    String user;
    Actor admin;

    @BeforeEach
    void company() {
        Created c = fixture.company(false, false);
        company = c.company().id();
        main = fixture.actor(c.firstUser().userId());
        user = fixture.user(main, company);
        String adminId = fixture.user(main, company);
        fixture.grant(main, company, adminId, CoreRoles.USER_ADMIN); // D3 with D8
        admin = fixture.actor(adminId);
    }

    /**
     * A change naming only the given fields, as the API builds it from a request body ("version" is the
     * body's, "ifMatch" stands for the If-Match header, not a field).
     */
    private static AccountPatch patch(Map<String, Object> fields) {
        Set<String> present = new HashSet<>(fields.keySet());
        present.remove("ifMatch");
        return AccountPatch.of(present, (String) fields.get("firstName"), (String) fields.get("lastName"),
                (String) fields.get("email"), null, null, (String) fields.get("country"),
                (String) fields.get("personalIdentityCode"), null, null, null, null, (Boolean) fields.get("active"),
                null, null, null, null, (Long) fields.get("version"), (Long) fields.get("ifMatch"));
    }

    private static AccountPatch identity(String code) {
        return patch(Map.of("country", "FI", "personalIdentityCode", code));
    }

    /** 2.1: the user, their administrators and support see the account; to others unknown and invisible are one 404. */
    @Test
    void accountIsVisibleOnlyToItselfItsAdministratorsAndSupport_D2_2_1() {
        Actor outsider = fixture.actor(fixture.company(false, false).firstUser().userId());
        assertEquals(user, accounts.user(fixture.actor(user), user.toUpperCase()).userId());
        assertEquals(user, accounts.user(admin, user).userId());
        assertEquals(user, accounts.user(fixture.support(), user).userId());
        long mark = db.lastAuditId();

        NotFoundException invisible = assertThrows(NotFoundException.class, () -> accounts.user(outsider, user));
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> accounts.user(outsider, unique("nobody")));

        assertEquals(invisible.getMessage(), unknown.getMessage());
        assertEquals(List.of("user.read DENIED D2", "user.read DENIED D2"),
                db.eventsAfter(mark).stream().map(Db.Event::summary).toList());
        assertTrue(db.eventsAfter(mark).stream().allMatch(e -> e.companyId() == null),
                "platform events: no company's administrators learn who was probed");
    }

    /** D10: personal data is edited by the user or by the account's creator; another administrator is refused. */
    @Test
    void personalDataIsEditedByTheUserOrItsCreator_D10() {
        UserView byCreator = accounts.change(main, user, patch(Map.of("firstName", "Maija")));
        UserView byUser = accounts.change(fixture.actor(user), user, patch(Map.of("email", "maija@example.test")));
        Map<String, Long> before = db.snapshot();
        long mark = db.lastAuditId();

        RuleDeniedException e = assertThrows(RuleDeniedException.class,
                () -> accounts.change(admin, user, patch(Map.of("lastName", "Other"))));

        assertEquals("Maija", byCreator.firstName());
        assertEquals("maija@example.test", byUser.email());
        assertEquals(RuleId.D10, e.rule());
        assertEquals(List.of(new Db.Event("user.change", "DENIED", "D10", admin.name(), company, user)),
                db.eventsAfter(mark), "recorded in the user's primary company");
        before.merge("audit_event", 1L, Long::sum);
        assertEquals(before, db.snapshot());
        assertEquals(user, fixture.account(user).lastName(), "unchanged");
    }

    /**
     * D10 (revision 2): the identity code is set once, where empty, by the account's creator; then only
     * platform support changes it; nobody sets one on their own account.
     */
    @Test
    void identityCodeIsSetOnceByTheCreatorThenOnlyBySupport_D10() {
        String first = Fixture.finnishIdentityCode();
        String second = Fixture.finnishIdentityCode();
        Actor self = fixture.actor(user);

        RuleDeniedException own = assertThrows(RuleDeniedException.class,
                () -> accounts.change(self, user, identity(first)));
        accounts.change(main, user, identity(first));
        RuleDeniedException again = assertThrows(RuleDeniedException.class,
                () -> accounts.change(main, user, identity(second)));
        UserView bySupport = accounts.change(fixture.support(), user, identity(second));

        assertEquals(RuleId.D10, own.rule());
        assertEquals(RuleId.D10, again.rule());
        assertEquals(second, bySupport.personalIdentityCode());
        assertEquals(List.of(List.of("FI", second)), db.rows("SELECT country, personal_identity_code FROM app_user"
                + " WHERE user_id = ?", user));
    }

    /**
     * D18 with D1: an account is deactivated by a USER_ADMIN of the user's primary company or by
     * platform support, never by its holder; an administrator of another of the user's companies is
     * refused. A deactivated account's roles stop counting at once (SPEC 2 head).
     */
    @Test
    void deactivationIsForAUserAdminOfThePrimaryCompanyOrSupport_D18_D1() {
        fixture.grant(main, company, user, CoreRoles.BOOKKEEPER);
        // An administrator of a second company where the user is a member too (D11 by identity code).
        String code = Fixture.finnishIdentityCode();
        accounts.change(main, user, identity(code));
        Created other = fixture.company(false, false);
        Actor otherAdmin = fixture.actor(other.firstUser().userId());
        memberships.createUser(otherAdmin, other.company().id(), new CreateUser(newUser(unique("unused"), code), null));
        long mark = db.lastAuditId();

        RuleDeniedException self = assertThrows(RuleDeniedException.class,
                () -> accounts.change(admin, admin.name(), patch(Map.of("active", false))));
        RuleDeniedException elsewhere = assertThrows(RuleDeniedException.class,
                () -> accounts.change(otherAdmin, user, patch(Map.of("active", false))));
        UserView deactivated = accounts.change(admin, user, patch(Map.of("active", false)));

        assertEquals(RuleId.D1, self.rule());
        assertEquals(RuleId.D18, elsewhere.rule());
        assertFalse(deactivated.active());
        assertEquals(Set.of(), fixture.effectiveRoles(user, company), "an inactive account's roles do not count");
        assertEquals(List.of("user.deactivate DENIED D1", "user.deactivate DENIED D18", "user.deactivate ALLOWED D18"),
                db.eventsAfter(mark).stream().map(Db.Event::summary).toList());

        UserView reactivated = accounts.change(fixture.support(), user, patch(Map.of("active", true)));
        assertTrue(reactivated.active());
        assertEquals(Set.of(CoreRoles.BOOKKEEPER), fixture.effectiveRoles(user, company));
        assertEquals("user.reactivate ALLOWED D18", db.eventsAfter(mark).get(3).summary());
    }

    /** A stale body version is 409, a stale If-Match 412; either changes nothing and records nothing. */
    @Test
    void staleVersionIsRefusedAndChangesNothing_optimisticLocking() {
        long version = accounts.user(main, user).version();
        UserView changed = accounts.change(main, user, patch(Map.of("firstName", "Ville", "version", version)));
        assertTrue(changed.version() > version, "the answer carries the version to send next");
        Map<String, Long> before = db.snapshot();

        assertThrows(ConflictException.class, () -> accounts.change(main, user,
                patch(Map.of("firstName", "Stale", "version", version))));
        assertThrows(PreconditionFailedException.class, () -> accounts.change(main, user,
                patch(Map.of("firstName", "Stale", "ifMatch", version))));

        assertEquals(before, db.snapshot());
        assertEquals("Ville", fixture.account(user).firstName());
    }
}
