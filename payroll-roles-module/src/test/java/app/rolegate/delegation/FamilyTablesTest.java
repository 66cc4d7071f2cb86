package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.TODAY;
import static app.rolegate.delegation.Situations.A;
import static app.rolegate.delegation.Situations.AUDITORS;
import static app.rolegate.delegation.Situations.C;
import static app.rolegate.delegation.Situations.ELSEWHERE;
import static app.rolegate.delegation.Situations.MAIN;
import static app.rolegate.delegation.Situations.SUPPORT_ID;
import static app.rolegate.delegation.Situations.U;
import static app.rolegate.delegation.Situations.X;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.grant.GrantScope;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Validity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each family decision table under {@code src/test/resources/tables/} (SPEC section 2, 2.1 and 3)
 * against the policy: outcome, rule, and where the table has them the field of a 400 and D6's warning.
 * Each table's header comment explains its columns and the readings of the spec it uses.
 */
class FamilyTablesTest {
    private static final Optional<Long> AUDITOR_ORG = Optional.of(AUDITORS);
    private final DelegationPolicy policy = Fixtures.policy();

    // ---------------------------------------------------------------- sources

    static Stream<Tables.Row> grantsToHolders() {
        return Tables.read("grants-to-holders.csv").stream();
    }

    static Stream<Tables.Row> copySeveralRoles() {
        return Tables.read("copy-several-roles.csv").stream();
    }

    static Stream<Tables.Row> mainUserInterplay() {
        return Tables.read("main-user-interplay.csv").stream();
    }

    static Stream<Tables.Row> supportRequests() {
        return Tables.read("support-requests.csv").stream();
    }

    static Stream<Tables.Row> grantScopes() {
        return Tables.read("grant-scopes.csv").stream();
    }

    static Stream<Tables.Row> membershipChange() {
        return Tables.read("membership-change.csv").stream();
    }

    static Stream<Tables.Row> membershipRemoval() {
        return Tables.read("membership-removal.csv").stream();
    }

    static Stream<Tables.Row> allCompanies() {
        return Tables.read("all-companies.csv").stream();
    }

    static Stream<Tables.Row> mainUser() {
        return Tables.read("main-user.csv").stream();
    }

    static Stream<Tables.Row> accountChange() {
        return Tables.read("account-change.csv").stream();
    }

    static Stream<Tables.Row> authorise() {
        return Tables.read("authorise.csv").stream();
    }

    static Stream<Tables.Row> clientOpening() {
        return Tables.read("client-opening.csv").stream();
    }

    static Stream<Tables.Row> companyCreation() {
        return Tables.read("company-creation.csv").stream();
    }

    static Stream<Tables.Row> checkAskers() {
        return Tables.read("check-askers.csv").stream();
    }

    static Stream<Tables.Row> auditReading() {
        return Tables.read("audit-reading.csv").stream();
    }

    // ---------------------------------------------------------------- grants, copies, revocations

    @ParameterizedTest(name = "{0}")
    @MethodSource("grantsToHolders")
    void D15_D17_grantsToTargetsHoldingRoles(Tables.Row row) {
        String actor = row.get("actor");
        ActorFacts a = Situations.in(actor, Situations.company(actor, true));
        TargetFacts u = Fixtures.account(U, AUDITORS);
        MemberFacts m = Fixtures.member(u, Fixtures.grants(row.get("targetHolds")), PayrollProfile.ALL_RIGHTS);
        RequesterFacts req = "PLATFORM_SUPPORT".equals(actor) ? Situations.requester("MAIN_USER") : null;
        GrantAsk ask = new GrantAsk(row.get("role"), null, null, null, req == null ? null : req.userId());
        Tables.check(row, Calls.grant(policy, a, u.userId(), m, ask, AUDITOR_ORG, req, TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copySeveralRoles")
    void D5_D15_copyFromSourcesHoldingSeveralRoles(Tables.Row row) {
        String actor = row.get("actor");
        ActorFacts a = Situations.in(actor, Situations.company(actor, "on".equals(row.get("payroll"))));
        TargetFacts u = Fixtures.account(U, row.yes("targetInAuditorOrg") ? AUDITORS : C);
        MemberFacts target = Fixtures.member(u, Fixtures.grants(row.get("targetHolds")), PayrollProfile.ALL_RIGHTS);
        List<HeldGrant> held = Fixtures.grants(row.get("sourceHolds"));
        Validity open = Validity.untilFurtherNotice();
        Validity ended = Validity.of(TODAY.minusYears(1), TODAY.minusDays(1));
        MemberFacts source = switch (row.get("source")) {
            case "COUNTS" -> new MemberFacts(Fixtures.account(X, C), 4000, open, PayrollProfile.ALL_RIGHTS, held, open);
            case "INACTIVE" -> new MemberFacts(new TargetFacts(X, Fixtures.userId(X), C, null, false, false, false),
                    4000, open, PayrollProfile.ALL_RIGHTS, held, open);
            case "MEMBERSHIP_ENDED" -> new MemberFacts(Fixtures.account(X, ELSEWHERE), 4000, ended,
                    PayrollProfile.ALL_RIGHTS, held, open);
            case "PRIMARY_ENDED" -> new MemberFacts(Fixtures.account(X, ELSEWHERE), 4000, open,
                    PayrollProfile.ALL_RIGHTS, held, ended);
            case "NOT_MEMBER" -> null;
            default -> throw new IllegalArgumentException(row.toString());
        };
        Tables.check(row, Calls.copy(policy, a, u.userId(), target, source, AUDITOR_ORG, TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mainUserInterplay")
    void D3_D5_D6_D8_D9_mainUserWithAndWithoutUserAdminOrFirmMainUser(Tables.Row row) {
        String actor = row.get("actor");
        String role = row.get("role");
        ActorFacts a = Situations.in(actor, Situations.company(actor, true));
        TargetFacts u = Fixtures.account(U, C);
        Decision d = switch (row.get("operation")) {
            case "grant" -> Calls.grant(policy, a, u.userId(), Fixtures.member(u), GrantAsk.of(role), AUDITOR_ORG, null,
                    TODAY);
            case "revoke" -> Calls.revoke(policy, a, u.userId(), Fixtures.member(u, role), role, AUDITOR_ORG, TODAY);
            case "copy" -> Calls.copy(policy, a, u.userId(), Fixtures.member(u),
                    Fixtures.member(Fixtures.account(X, C), role), AUDITOR_ORG, TODAY);
            default -> throw new IllegalArgumentException(row.toString());
        };
        Tables.check(row, d);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportRequests")
    void D1_D5_D6_supportGrantsOnWrittenRequest(Tables.Row row) {
        CompanyFacts c = Fixtures.company(C, "Client Oy", "on".equals(row.get("payroll")), MAIN);
        ActorFacts a = Situations.in("PLATFORM_SUPPORT", c);
        boolean own = "SUPPORT_ACCOUNT".equals(row.get("target"));
        TargetFacts u = own ? Fixtures.supportAccount(SUPPORT_ID, ELSEWHERE) : Fixtures.account(U, C);
        RequesterFacts req = Situations.requester(row.get("requester"));
        GrantAsk ask = new GrantAsk(row.get("role"), null, null, null, req == null ? null : req.userId());
        Tables.check(row, Calls.grant(policy, a, u.userId(), Fixtures.member(u), ask, AUDITOR_ORG, req, TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grantScopes")
    void D17_grantScopesAndValidity(Tables.Row row) {
        String actor = row.get("actor");
        ActorFacts a = Situations.in(actor, Situations.company(actor, true));
        TargetFacts u = Fixtures.account(U, AUDITORS);
        RequesterFacts req = "PLATFORM_SUPPORT".equals(actor) ? Situations.requester("MAIN_USER") : null;
        GrantScope scope = "default".equals(row.get("scope")) ? null : GrantScope.valueOf(row.get("scope"));
        GrantAsk ask = new GrantAsk(row.get("role"), scope, dash(row.get("costCentre")),
                Validity.of(date(row.get("validFrom")), date(row.get("validTo"))), req == null ? null : req.userId());
        Tables.check(row, Calls.grant(policy, a, u.userId(), Fixtures.member(u), ask, AUDITOR_ORG, req, TODAY));
    }

    // ---------------------------------------------------------------- memberships

    @ParameterizedTest(name = "{0}")
    @MethodSource("membershipChange")
    void D1_D2_D6_D9_membershipChange(Tables.Row row) {
        String actor = row.get("actor");
        ActorFacts a = Situations.in(actor, Situations.company(actor, true));
        String payroll = row.get("payroll");
        PayrollProfile now = "-".equals(payroll) ? PayrollProfile.ALL_RIGHTS : PayrollProfile.valueOf(payroll.split(">")[0]);
        PayrollProfile asked = "-".equals(payroll) ? null : PayrollProfile.valueOf(payroll.split(">")[1]);
        Target t = target(row.get("target"), row.yes("primaryHere"));
        MemberFacts m = t.account() == null ? null : new MemberFacts(t.account(), 2000, validity(row.get("validityNow")),
                now, Fixtures.grants(row.get("targetHolds")), Validity.untilFurtherNotice());
        Tables.check(row, Calls.changeMembership(policy, a, t.typed(), m, validity(row.get("validityNew")), asked,
                row.yes("confirmPrimary"), TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("membershipRemoval")
    void D1_D2_D9_membershipRemoval(Tables.Row row) {
        String actor = row.get("actor");
        ActorFacts a = Situations.in(actor, Situations.company(actor, true));
        Target t = target(row.get("target"), row.yes("primaryHere"));
        MemberFacts m = t.account() == null || "NOT_MEMBER".equals(row.get("target")) ? null
                : Fixtures.member(t.account(), Fixtures.grants(row.get("targetHolds")), PayrollProfile.ALL_RIGHTS);
        Tables.check(row, Calls.removeMembership(policy, a, t.typed(), m, row.yes("confirmPrimary")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCompanies")
    void D1_D9_D12_removeFromAllAndValidityForAll(Tables.Row row) {
        String actor = row.get("actor");
        boolean self = "SELF".equals(actor);
        Actor who = self ? Fixtures.person(A) : Situations.actor(actor);
        TargetFacts u = Fixtures.account(self ? A : U, ELSEWHERE);
        boolean removal = "removeAll".equals(row.get("operation"));
        List<String> touched = new ArrayList<>();
        for (int i = 1; i <= Integer.parseInt(row.get("touched")); i++) {
            touched.add("Company " + i + " Oy");
        }
        // As the services say it: the call ends access in the primary company if it is touched and the call ends
        // something (a removal; a validity with an end).
        boolean endsPrimary = row.yes("primary") && (removal || !"none".equals(row.get("validTo")));
        Tables.check(row, policy.allCompanies(who, u, row.yes("visible"), removal ? RuleId.D9 : RuleId.D12, touched,
                endsPrimary, row.yes("confirm")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mainUser")
    void D1_D8_mainUser(Tables.Row row) {
        String actor = row.get("actor");
        ActorFacts a = Situations.in(actor, Situations.company(actor, true));
        String typed;
        MemberFacts m;
        switch (row.get("target")) {
            case "OTHER_MEMBER" -> {
                typed = Fixtures.userId(U);
                m = Fixtures.member(Fixtures.account(U, C));
            }
            case "SELF" -> {
                typed = a.actor().name();
                m = "OUTSIDER".equals(actor) ? null : Fixtures.member(Fixtures.account(A, C));
            }
            case "NOT_MEMBER" -> {
                typed = Fixtures.userId(U);
                m = null;
            }
            case "UNKNOWN" -> {
                typed = "nobody";
                m = null;
            }
            case "SUPPORT_ACCOUNT" -> {
                typed = "support";
                m = null;
            }
            case "SUPPORT_ACCOUNT_MEMBER" -> {
                typed = "support";
                m = Fixtures.member(Fixtures.supportAccount(SUPPORT_ID, ELSEWHERE));
            }
            default -> throw new IllegalArgumentException(row.toString());
        }
        Tables.check(row, Calls.setMainUser(policy, a, typed, m));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorise")
    void D1_D2_D11_authoriseExistingUser(Tables.Row row) {
        String actor = row.get("actor");
        ActorFacts a = Situations.in(actor, Situations.company(actor, true));
        String person = row.get("person");
        TargetFacts p = switch (person) {
            case "VISIBLE", "INVISIBLE" -> Fixtures.account(U, ELSEWHERE);
            case "SELF" -> Fixtures.account(A, ELSEWHERE);
            case "UNKNOWN" -> null;
            default -> throw new IllegalArgumentException(row.toString());
        };
        Decision d = "existing".equals(row.get("path"))
                ? Calls.authoriseExisting(policy, a, p == null ? "nobody" : p.userId(), p, !"INVISIBLE".equals(person))
                : Calls.authoriseByIdentityCode(policy, a, p);
        Tables.check(row, d);
    }

    // ---------------------------------------------------------------- accounts

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountChange")
    void D1_D2_D10_D14_D18_accountChange(Tables.Row row) {
        long primary = 5;
        CompanyFacts p = Fixtures.company(primary, "Primary Oy", true, null);
        String actor = row.get("actor");
        boolean hasCode = row.yes("targetHasCode");
        Long createdBy = actor.startsWith("CREATOR") ? A : 77L;
        TargetFacts u = new TargetFacts(U, Fixtures.userId(U), primary, createdBy, true, false, hasCode);
        ActorFacts in;
        boolean visible = true;
        switch (actor) {
            case "SELF", "SELF_USER_ADMIN" -> {
                u = new TargetFacts(U, Fixtures.userId(U), primary, 77L, true, false, hasCode);
                in = Fixtures.in(Fixtures.person(U), p, actor.equals("SELF") ? Set.of() : Set.of(Fixtures.UA));
            }
            case "SUPPORT_SELF" -> {
                u = new TargetFacts(SUPPORT_ID, "support", primary, null, true, true, hasCode);
                in = Fixtures.outside(Fixtures.support(SUPPORT_ID), primary, p);
            }
            case "CREATOR_ADMIN_OF_PRIMARY", "USER_ADMIN_OF_PRIMARY" -> in = Fixtures.in(Fixtures.person(A), p,
                    Set.of(Fixtures.UA));
            case "FIRM_MAIN_USER_OF_PRIMARY" -> in = Fixtures.in(Fixtures.person(A), p, Set.of(Fixtures.FMU));
            case "USER_ADMIN_ELSEWHERE" -> in = Fixtures.outside(Fixtures.person(A), primary, p);
            case "CREATOR_NO_LONGER_VISIBLE" -> {
                in = Fixtures.outside(Fixtures.person(A), primary, p);
                visible = false;
            }
            case "MEMBER_OF_PRIMARY" -> {
                in = Fixtures.in(Fixtures.person(A), p, Set.of());
                visible = false;
            }
            case "PLATFORM_SUPPORT" -> in = Fixtures.outside(Fixtures.support(SUPPORT_ID), primary, p);
            case "SERVICE_CLIENT" -> {
                in = Fixtures.outside(Actor.serviceClient("portal"), primary, p);
                visible = false;
            }
            default -> throw new IllegalArgumentException(row.toString());
        }
        RequesterFacts requester = switch (row.get("requester")) {
            case "-", "NONE" -> null;
            case "USER_ADMIN_OF_NEW" -> new RequesterFacts("user60", true, false, true);
            case "MEMBER_OF_NEW", "USER_ADMIN_OF_OLD" -> new RequesterFacts("user61", true, false, false);
            case "UNKNOWN" -> RequesterFacts.unknown("ghost");
            default -> throw new IllegalArgumentException(row.toString());
        };
        Set<String> fields = Set.of(row.get("fields").split("\\+"));
        Tables.check(row, Calls.changeAccount(policy, new AccountChange(in, u, visible, fields, requester, true, true)));
    }

    // ---------------------------------------------------------------- companies

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientOpening")
    void D1_D13_D15_clientOpening(Tables.Row row) {
        long firmId = 5;
        CompanyFacts firm = Fixtures.firm(firmId, "Firm Oy", A);
        CompanyFacts notFirm = Fixtures.company(6, "Plain Oy", true, A);
        CompanyFacts other = Fixtures.company(8, "Other Oy", true, MAIN);
        Actor opener = Situations.actor(row.get("opener").startsWith("PLATFORM") || row.get("opener").startsWith(
                "SERVICE") ? row.get("opener") : "USER");
        ActorFacts inFirm = switch (row.get("opener")) {
            case "FMU_IN_FIRM" -> Fixtures.in(opener, firm, Set.of(Fixtures.FMU, Fixtures.UA));
            case "FMU_ONLY_IN_FIRM" -> Fixtures.in(opener, firm, Set.of(Fixtures.FMU));
            case "UA_IN_FIRM", "FMU_ELSEWHERE" -> Fixtures.in(opener, firm, Set.of(Fixtures.UA));
            case "NONE_IN_FIRM" -> Fixtures.in(opener, firm, Set.of());
            case "FMU_PRIMARY_NOT_FIRM" -> Fixtures.in(opener, notFirm, Set.of(Fixtures.FMU, Fixtures.UA));
            case "PLATFORM_SUPPORT" -> Fixtures.outside(opener, firmId, firm);
            case "SERVICE_CLIENT" -> Fixtures.outside(opener, -1, null);
            default -> throw new IllegalArgumentException(row.toString());
        };
        ActorFacts under = switch (row.get("under")) {
            case "FIRM" -> inFirm;
            case "USER_ADMIN_COMPANY" -> Fixtures.in(opener, other, Set.of(Fixtures.UA));
            case "MEMBER_COMPANY" -> Fixtures.in(opener, other, Set.of());
            case "NOT_MEMBER" -> Fixtures.outside(opener, other.id(), other);
            case "UNKNOWN" -> Fixtures.outside(opener, 77, null);
            default -> throw new IllegalArgumentException(row.toString());
        };
        FirstUserFacts first = switch (row.get("firstUser")) {
            case "-" -> null;
            case "NEW" -> new FirstUserFacts("newbie", null, null);
            case "OTHER_PERSON" -> new FirstUserFacts("anna", Fixtures.account(21, 9), null);
            case "SELF_BY_ID" -> new FirstUserFacts(Fixtures.userId(A).toUpperCase(), null, Fixtures.account(A, firmId));
            case "SELF_BY_CODE" -> new FirstUserFacts("someone", Fixtures.account(A, firmId), null);
            case "SUPPORT_ACCOUNT" -> new FirstUserFacts("support", null, Fixtures.supportAccount(SUPPORT_ID, firmId));
            default -> throw new IllegalArgumentException(row.toString());
        };
        List<ClientOpening.Propagated> propagated = new ArrayList<>();
        if (inFirm.company() != null && inFirm.company().accountingFirm() && inFirm.holds(Fixtures.FMU)) {
            propagated.add(new ClientOpening.Propagated(Fixtures.account(A, firmId), Validity.untilFurtherNotice()));
        }
        propagated.add(new ClientOpening.Propagated(Fixtures.account(50, firmId), Validity.untilFurtherNotice()));
        Long firmAsked = switch (row.get("firmAsked")) {
            case "-" -> null;
            case "OWN" -> firmId;
            case "OTHER" -> 99L;
            default -> throw new IllegalArgumentException(row.toString());
        };
        boolean payroll = "on".equals(row.get("payroll"));
        ClientOpening o = new ClientOpening(inFirm, under, firmAsked, false, payroll, first, propagated);
        CompanyFacts client = new CompanyFacts(0, "New Client Oy", false, firmId, payroll, false, null);
        DelegationPolicy p = "default".equals(row.get("sod")) ? policy : Fixtures.policy(row.get("sod"));
        Tables.check(row, Calls.openClient(p, o, client));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("companyCreation")
    void SUPPORT_D1_companyCreation(Tables.Row row) {
        Actor actor = "PLATFORM_SUPPORT".equals(row.get("actor")) ? Fixtures.support(SUPPORT_ID) : Fixtures.person(A);
        TargetFacts supportAccount = Fixtures.supportAccount(SUPPORT_ID, 5);
        FirstUserFacts first = switch (row.get("firstUser")) {
            case "NEW" -> new FirstUserFacts("newbie", null, null);
            case "OTHER_PERSON_BY_CODE" -> new FirstUserFacts("anna", Fixtures.account(21, 9), null);
            case "SUPPORT_BY_ID" -> new FirstUserFacts("support", null, supportAccount);
            case "SUPPORT_BY_ID_OTHER_CASE" -> new FirstUserFacts("Support", null, supportAccount);
            case "SUPPORT_BY_CODE" -> new FirstUserFacts("newbie", supportAccount, null);
            default -> throw new IllegalArgumentException(row.toString());
        };
        Tables.check(row, policy.createCompany(actor, first));
    }

    // ---------------------------------------------------------------- reading

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkAskers")
    void CHECK_whoMayAskTheCheck(Tables.Row row) {
        String asker = row.get("asker");
        boolean known = "KNOWN".equals(row.get("company"));
        CompanyFacts c = Situations.company(asker, true);
        ActorFacts a = known ? Situations.in(asker, c) : Fixtures.outside(Situations.actor(asker), 77, null);
        boolean aboutSelf = "SELF".equals(row.get("about"));
        Tables.check(row, policy.askCheck(a, aboutSelf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("auditReading")
    void AUDIT_whoReadsTheAuditLog(Tables.Row row) {
        String reader = row.get("reader");
        boolean known = "KNOWN".equals(row.get("company"));
        ActorFacts a = known ? Situations.in(reader, Situations.company(reader, true))
                : Fixtures.outside(Situations.actor(reader), 77, null);
        Tables.check(row, Calls.readAudit(policy, a));
    }

    // ---------------------------------------------------------------- the tables themselves

    /** Every table under tables/ is run by a test here, and each is well formed. */
    @Test
    void everyFamilyTableIsRunAndWellFormed() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource(Tables.DIR).toURI());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".csv")).forEach(files::add);
        }
        Set<String> expected = new TreeSet<>(Tables.FAMILIES);
        expected.add("known-disagreements.csv");
        assertEquals(expected, files);
        for (String t : Tables.FAMILIES) {
            Tables.assertWellFormed(t);
            Tables.Row first = Tables.read(t).get(0);
            assertEquals("rule", first.columns().get(first.columns().indexOf("expected") + 1), t);
        }
    }

    /**
     * Every known disagreement names a row that exists, and differs from it: once the policy agrees with the
     * SPEC the row's test fails and the entry goes.
     */
    @Test
    void knownDisagreementsNameExistingRows() {
        Map<String, Tables.Known> known = Tables.known();
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(Tables.FAMILIES);
        all.add(DecisionTableTest.TABLE);
        for (String t : all) {
            for (Tables.Row r : Tables.read(t)) {
                Tables.Known k = known.get(r.table() + "|" + r.key());
                if (k != null) {
                    found.add(r.table() + "|" + r.key());
                    assertFalse((r.get("expected") + " " + r.get("rule")).equals(k.outcome() + " " + k.rule()),
                            () -> "known disagreement agrees with its row: " + r);
                    assertFalse(k.reading().isBlank(), r::toString);
                    assertNotNull(Decision.Outcome.valueOf(k.outcome()));
                }
            }
        }
        assertEquals(known.keySet(), found, "known disagreements that name no row");
    }

    /** The tables cover every outcome the policy has, and every rule of SPEC 2 but D16 (a property of the data). */
    @Test
    void theTablesCoverEveryOutcomeAndRule() {
        Set<String> outcomes = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        List<String> all = new ArrayList<>(Tables.FAMILIES);
        all.add(DecisionTableTest.TABLE);
        for (String t : all) {
            for (Tables.Row r : Tables.read(t)) {
                outcomes.add(r.get("expected"));
                rules.add(r.get("rule"));
            }
        }
        for (Decision.Outcome o : Decision.Outcome.values()) {
            assertTrue(outcomes.contains(o.name()), o::name);
        }
        for (RuleId r : RuleId.values()) {
            assertTrue(r == RuleId.D16 || rules.contains(r.name()), r::name);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The target of a membership row, and the user id typed for it. */
    private record Target(TargetFacts account, String typed) {
    }

    private static Target target(String kind, boolean primaryHere) {
        long primary = primaryHere ? C : ELSEWHERE;
        return switch (kind) {
            case "OTHER", "NOT_MEMBER" -> new Target(Fixtures.account(U, primary), Fixtures.userId(U));
            case "MAIN_USER" -> new Target(Fixtures.account(MAIN, primary), Fixtures.userId(MAIN));
            case "SELF" -> new Target(Fixtures.account(A, primary), Fixtures.userId(A));
            case "UNKNOWN" -> new Target(null, "nobody");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Validity validity(String kind) {
        return switch (kind) {
            case "-" -> null;
            case "open" -> Validity.untilFurtherNotice();
            case "ends-next-month" -> Validity.of(null, TODAY.plusDays(30));
            case "ended-yesterday" -> Validity.of(null, TODAY.minusDays(1));
            case "starts-next-month" -> Validity.of(TODAY.plusDays(30), null);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String dash(String cell) {
        return "-".equals(cell) ? null : cell;
    }

    private static LocalDate date(String cell) {
        return "-".equals(cell) ? null : LocalDate.parse(cell);
    }
}
