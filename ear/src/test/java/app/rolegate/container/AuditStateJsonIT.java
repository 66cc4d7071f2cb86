package app.rolegate.container;

import static app.rolegate.container.Fixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyResults.Created;
import app.rolegate.company.application.NewCompany;
import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.application.ChangeMembership;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.payroll.PayrollRoles;
import app.rolegate.platform.Actor;
import app.rolegate.user.NewUser;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.AccountPatch;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit log's before and after states are JSON (AuditState builds them with JSON-P): whatever a
 * caller types into a name or a cost centre, quotes, backslashes, ampersands, angle brackets and
 * non-Latin script included, every state that real operations write parses, and holds the text as
 * typed.
 */
class AuditStateJsonIT extends ContainerTest {
    /** Control-free, but everything else a hand-made JSON string would get wrong. */
    private static final String FIRST_NAME = "O\"Brien \\ Åsa 李";
    private static final String LAST_NAME = "\\\"}, \"injected\": \"yes <b>&amp;</b> Ŝ 😀";
    /** A cost centre code takes no quotes or spaces (D17), but letters of any script and / . _ -. */
    private static final String COST_CENTRE = "K/7.李-Å_ŝ";
    private static final String COST_CENTRE_NAME = "Kostnads\"ställe\" \\ 李";

    @Inject
    CompanyAdministration companies;

    @Inject
    MembershipAdministration memberships;

    @Inject
    GrantAdministration grants;

    @Inject
    AccountAdministration accounts;

    @Inject
    EmployeeAdministration register;

    @Inject
    Fixture fixture;

    @Inject
    Db db;

    @Test
    void everyStateWrittenByRealOperationsParsesAsJsonAndKeepsTheText() {
        long mark = db.lastAuditId();
        String companyName = "Firma \"Ö\" \\ " + unique("李");
        Created c = companies.create(fixture.support(), new NewCompany(companyName, null, false, null, true, true,
                Fixture.newUser(unique("first"))));
        long company = c.company().id();
        Actor main = fixture.actor(c.firstUser().userId());
        String user = unique("quoted");
        memberships.createUser(main, company, new CreateUser(NewUser.of(user, null, FIRST_NAME, LAST_NAME, null, null,
                null, null, null, null, null, null, null), null));
        memberships.putMembership(main, company, user, new ChangeMembership(new MembershipTerms(null,
                AccountingProfile.LEDGER, null, null, Map.of("invoices.approve", AccessLevel.EDIT, "salary.view",
                        AccessLevel.NONE), null), false, null));
        register.addCostCentre(main, company, COST_CENTRE, COST_CENTRE_NAME);
        grants.grant(main, company, user, GrantCommand.of(PayrollRoles.SUPERVISOR, "COST_CENTRE", COST_CENTRE, null,
                null, null));
        accounts.change(main, user, AccountPatch.of(Set.of("firstName"), FIRST_NAME + " 2", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
        String copy = fixture.user(main, company);
        grants.copy(main, company, copy, user);
        memberships.removeMembership(main, company, copy, true); // D9: its primary company

        List<Parsed> parsed = new ArrayList<>();
        for (Db.States e : db.statesAfter(mark)) {
            if (e.before() != null) {
                parsed.add(new Parsed(e.action(), e.target(), "before", parse(e, e.before())));
            }
            if (e.after() != null) {
                parsed.add(new Parsed(e.action(), e.target(), "after", parse(e, e.after())));
            }
        }

        assertTrue(parsed.size() >= 10, "the operations wrote states: " + parsed);
        JsonObject created = only(parsed, "user.create", "after", user);
        assertEquals(FIRST_NAME, created.getJsonObject("account").getString("firstName"));
        assertEquals(LAST_NAME, created.getJsonObject("account").getString("lastName"));
        assertEquals(companyName, only(parsed, "company.create", "after", Long.toString(company)).getString("name"));
        JsonObject changed = only(parsed, "membership.change", "after", user).getJsonObject("overrides");
        assertEquals(Map.of("invoices.approve", "EDIT", "salary.view", "NONE"), Map.of("invoices.approve",
                changed.getString("invoices.approve"), "salary.view", changed.getString("salary.view")));
        assertEquals(COST_CENTRE_NAME, only(parsed, "cost-centre.create", "after", COST_CENTRE).getString("name"));
        assertEquals(COST_CENTRE, only(parsed, "role.grant", "after", user).getString("costCentre"));
        assertEquals(COST_CENTRE, only(parsed, "role.grant", "after", copy).getString("costCentre"), "copied");
        assertEquals(FIRST_NAME, only(parsed, "user.change", "before", user).getString("firstName"));
        assertEquals(FIRST_NAME + " 2", only(parsed, "user.change", "after", user).getString("firstName"));
        JsonObject removed = only(parsed, "membership.remove", "before", copy);
        assertEquals(COST_CENTRE, removed.getJsonArray("roles").getJsonObject(0).getString("costCentre"),
                "the removed membership's roles");
    }

    /** One state, parsed: of which event (action and target) and which side. */
    private record Parsed(String action, String target, String side, JsonObject state) {
        @Override
        public String toString() {
            return action + " " + target + " " + side;
        }
    }

    private static JsonObject parse(Db.States event, String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        } catch (JsonException e) {
            return fail(event.action() + " (event " + event.id() + ") wrote a state that is not a JSON object: " + text,
                    e);
        }
    }

    /** The one parsed state of that action, target and side. */
    private static JsonObject only(List<Parsed> parsed, String action, String side, String target) {
        List<JsonObject> found = parsed.stream().filter(p -> p.action().equals(action) && p.side().equals(side)
                && target.equals(p.target())).map(Parsed::state).toList();
        assertEquals(1, found.size(), action + " " + target + " " + side + " among " + parsed);
        return found.get(0);
    }
}
