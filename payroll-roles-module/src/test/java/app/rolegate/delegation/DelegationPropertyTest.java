package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.ALL_ROLES;
import static app.rolegate.delegation.Fixtures.AUD;
import static app.rolegate.delegation.Fixtures.BK;
import static app.rolegate.delegation.Fixtures.FMU;
import static app.rolegate.delegation.Fixtures.PC;
import static app.rolegate.delegation.Fixtures.PDH;
import static app.rolegate.delegation.Fixtures.SUP;
import static app.rolegate.delegation.Fixtures.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.rolegate.company.Company;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleId;
import app.rolegate.user.UserAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random sequences of grants, revocations and copies by random actors on random targets, decided by
 * the engine and applied to an in-memory model only when allowed. After every operation the model
 * must keep the invariants of SPEC section 2.
 *
 * <p>Randomized with a fixed seed ({@value #DEFAULT_SEED}); run with {@code -Drolegate.property.seed=N} to replay the
 * seed a failure reports. {@value #TRIES} tries of {@value #OPERATIONS} operations each; no shrinking.
 */
class DelegationPropertyTest {
    static final long DEFAULT_SEED = 20250101L;
    static final long SEED = Long.getLong("rolegate.property.seed", DEFAULT_SEED);
    static final int TRIES = 200;
    static final int OPERATIONS = 50;

    static final long FIRM = 1;
    static final long CLIENT_WITH_PAYROLL = 2;
    static final long CLIENT_WITHOUT_PAYROLL = 3;
    static final long AUDITORS = 4;
    static final List<Long> COMPANIES = List.of(FIRM, CLIENT_WITH_PAYROLL, CLIENT_WITHOUT_PAYROLL, AUDITORS);
    static final long SUPPORT = 100;
    /** Users 101..108 and their primary companies; 100 is platform support (member of none of these companies). */
    static final Map<Long, Long> PRIMARY = Map.of(101L, FIRM, 102L, FIRM, 103L, CLIENT_WITH_PAYROLL,
            104L, CLIENT_WITH_PAYROLL, 105L, CLIENT_WITHOUT_PAYROLL, 106L, AUDITORS, 107L, AUDITORS,
            108L, CLIENT_WITHOUT_PAYROLL);
    static final List<Long> USERS = List.copyOf(new TreeSet<>(PRIMARY.keySet()));
    static final Set<String> PAYROLL_ROLES = Set.of(PC, SUP, PDH);

    enum Kind { GRANT, REVOKE, COPY }

    /** One random operation; indexes are taken modulo the candidates that exist when it runs. */
    record Op(Kind kind, boolean actorIsMember, int actor, int company, int target, int source, int role) {
    }

    /** A held role and how it came to be held. */
    record Held(String role, GrantOrigin origin, int logIndex) {
    }

    /** One allowed change, with the exact request the engine decided it on. */
    record Change(int step, Kind kind, GrantRequest request, String role, Set<String> sourceRoles, Decision decision,
            long companyId, long targetId, Set<String> added, Set<String> removed) {
    }

    /** The in-memory platform: companies, users, memberships, and who holds which role where. */
    static final class Model {
        final Map<Long, Company> companies = new LinkedHashMap<>();
        final Map<Long, UserAccount> users = new LinkedHashMap<>();
        /** company -> member -> role -> how it is held. */
        final Map<Long, Map<Long, Map<String, Held>>> members = new TreeMap<>();
        final List<Change> log = new ArrayList<>();
        final Map<Long, Set<Long>> initialMembers = new TreeMap<>();

        Model(List<Boolean> extraMemberships) {
            Instant now = Fixtures.NOW;
            companies.put(FIRM, Fixtures.withId(new Company("Firm Oy", null, true, null, true, false, now), FIRM));
            companies.put(CLIENT_WITH_PAYROLL, Fixtures.withId(
                    new Company("Client Payroll Oy", null, false, FIRM, true, false, now), CLIENT_WITH_PAYROLL));
            companies.put(CLIENT_WITHOUT_PAYROLL, Fixtures.withId(
                    new Company("Client Plain Oy", null, false, FIRM, false, true, now), CLIENT_WITHOUT_PAYROLL));
            companies.put(AUDITORS, Fixtures.withId(new Company("Auditors Oy", null, false, null, false, false, now),
                    AUDITORS));
            users.put(SUPPORT, Fixtures.withId(UserAccount.platformSupport(99, null, now), SUPPORT));
            for (long u : USERS) {
                users.put(u, Fixtures.user(u, PRIMARY.get(u)));
            }
            COMPANIES.forEach(c -> members.put(c, new TreeMap<>()));
            int i = 0;
            for (long u : USERS) {
                for (long c : COMPANIES) {
                    if (PRIMARY.get(u) == c || extraMemberships.get(i)) {
                        members.get(c).put(u, new TreeMap<>());
                    }
                    i++;
                }
            }
            // D13: the firm's main user is added to the firm's client companies.
            members.get(CLIENT_WITH_PAYROLL).putIfAbsent(101L, new TreeMap<>());
            members.get(CLIENT_WITHOUT_PAYROLL).putIfAbsent(101L, new TreeMap<>());
            // The auditors of the auditors' organisation are authorised to the client companies.
            for (long client : List.of(CLIENT_WITH_PAYROLL, CLIENT_WITHOUT_PAYROLL)) {
                members.get(client).putIfAbsent(106L, new TreeMap<>());
                members.get(client).putIfAbsent(107L, new TreeMap<>());
            }
            members.forEach((c, m) -> initialMembers.put(c, new TreeSet<>(m.keySet())));
            companies.get(FIRM).assignMainUser(101L);
            companies.get(CLIENT_WITH_PAYROLL).assignMainUser(103L);
            companies.get(CLIENT_WITHOUT_PAYROLL).assignMainUser(105L);
            companies.get(AUDITORS).assignMainUser(106L);
        }

        Set<String> roles(long user, long company) {
            Map<String, Held> h = members.get(company).get(user);
            return h == null ? Set.of() : Set.copyOf(h.keySet());
        }

        List<Long> membersOf(long company) {
            return List.copyOf(members.get(company).keySet());
        }

        GrantRequest request(long actor, long company, long target, GrantOrigin origin) {
            Actor a = actor == SUPPORT ? Fixtures.support(SUPPORT) : Fixtures.person(actor);
            return new GrantRequest(a, roles(actor, company), companies.get(company), users.get(target),
                    roles(target, company), Optional.of(AUDITORS), origin);
        }

        void record(int step, Kind kind, GrantRequest r, String role, Set<String> sourceRoles, Decision d,
                long company, long target, Set<String> added, Set<String> removed) {
            log.add(new Change(step, kind, r, role, sourceRoles, d, company, target, added, removed));
            int index = log.size() - 1;
            Map<String, Held> held = members.get(company).get(target);
            GrantOrigin origin = r.origin();
            removed.forEach(held::remove);
            added.forEach(x -> held.put(x, new Held(x, origin, index)));
        }
    }

    private final DelegationEngine engine = Fixtures.engine();

    /** What the runs exercised, over all tries: checked at the end so that a rule that never comes up fails the test. */
    static final class Coverage {
        final Map<Kind, int[]> outcomes = new EnumMap<>(Kind.class); // kind -> {denied, allowed}
        int operations;
        final Map<RuleId, Integer> rules = new EnumMap<>(RuleId.class);
        final Map<GrantOrigin, Integer> firmMainUserGranted = new EnumMap<>(GrantOrigin.class);

        void collect(Kind kind, Decision d) {
            operations++;
            outcomes.computeIfAbsent(kind, k -> new int[2])[d.allowed() ? 1 : 0]++;
            rules.merge(d.rule(), 1, Integer::sum);
        }

        void firmMainUserGranted(GrantOrigin origin) {
            firmMainUserGranted.merge(origin, 1, Integer::sum);
        }

        double allowedPercentage(Kind kind) {
            return operations == 0 ? 0 : 100.0 * outcomes.getOrDefault(kind, new int[2])[1] / operations;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("operations=" + operations + " outcomes={");
            outcomes.forEach((k, v) -> b.append(k).append(": denied ").append(v[0]).append(" allowed ").append(v[1])
                    .append("; "));
            return b.append("} rules=").append(rules).append(" FIRM_MAIN_USER granted=").append(firmMainUserGranted)
                    .toString();
        }
    }

    /** Extra memberships: one random flag for each (user, company) pair. */
    static List<Boolean> memberships(SplittableRandom rnd) {
        List<Boolean> extra = new ArrayList<>();
        for (int i = 0; i < USERS.size() * COMPANIES.size(); i++) {
            extra.add(rnd.nextBoolean());
        }
        return extra;
    }

    /** {@value #OPERATIONS} random operations. */
    static List<Op> operations(SplittableRandom rnd) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
            // Most actors (3 in 4) are members of the company they act in (so that some hold the roles that allow).
            boolean member = rnd.nextInt(4) < 3;
            ops.add(new Op(kind, member, rnd.nextInt(1001), rnd.nextInt(COMPANIES.size()), rnd.nextInt(1001),
                    rnd.nextInt(1001), rnd.nextInt(ALL_ROLES.size())));
        }
        return ops;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void delegationKeepsTheSpecInvariants() {
        String replay = "seed=" + SEED + "; replay with -Drolegate.property.seed=" + SEED;
        System.out.println(getClass().getSimpleName() + ".delegationKeepsTheSpecInvariants: rolegate.property.seed="
                + SEED + ", " + TRIES + " tries x " + OPERATIONS + " operations");
        Coverage coverage = new Coverage();
        SplittableRandom master = new SplittableRandom(SEED);
        for (int t = 1; t <= TRIES; t++) {
            SplittableRandom rnd = master.split();
            List<Boolean> extra = memberships(rnd);
            List<Op> ops = operations(rnd);
            int step = 0;
            Op op = null;
            try {
                Model model = new Model(extra);
                seed(model);
                checkInvariants(model);
                for (Op o : ops) {
                    op = o;
                    step++;
                    run(model, op, step, coverage);
                    checkInvariants(model);
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("[" + replay + "; try " + t + "/" + TRIES + ", "
                        + (op == null ? "setup" : "step " + step + "/" + OPERATIONS + " " + op) + "] "
                        + e.getMessage(), e);
            }
        }
        // The run must exercise the rules, not only denials.
        String seen = " [" + replay + "] " + coverage;
        assertTrue(coverage.allowedPercentage(Kind.GRANT) > 3, () -> "allowed GRANTs should be over 3%" + seen);
        assertTrue(coverage.allowedPercentage(Kind.REVOKE) > 1, () -> "allowed REVOKEs should be over 1%" + seen);
        assertTrue(coverage.allowedPercentage(Kind.COPY) > 1, () -> "allowed COPYs should be over 1%" + seen);
        for (RuleId rule : List.of(RuleId.D1, RuleId.D2, RuleId.D3, RuleId.D4, RuleId.D5, RuleId.D6, RuleId.D7,
                RuleId.D9, RuleId.D15)) {
            assertTrue(coverage.rules.getOrDefault(rule, 0) > 0, () -> "no decision by " + rule + seen);
        }
        for (GrantOrigin origin : List.of(GrantOrigin.COPY, GrantOrigin.PLATFORM_SUPPORT)) {
            assertTrue(coverage.firmMainUserGranted.getOrDefault(origin, 0) > 0,
                    () -> "FIRM_MAIN_USER was never granted by " + origin + seen);
        }
    }

    /**
     * The starting grants: the system's (the first users, SPEC 4.1 POST /companies, and D13 for the
     * firm's main user), and an AUDITOR in each client, granted by its USER_ADMIN.
     */
    private void seed(Model m) {
        systemGrant(m, FIRM, 101, FMU);
        systemGrant(m, FIRM, 101, UA);
        for (long client : List.of(CLIENT_WITH_PAYROLL, CLIENT_WITHOUT_PAYROLL)) {
            for (String role : List.of(FMU, UA, BK, PC)) {
                if (engine.role(role).givenToFirmMainUsersInNewClient(m.companies.get(client))) {
                    systemGrant(m, client, 101, role);
                }
            }
        }
        systemGrant(m, CLIENT_WITH_PAYROLL, 103, UA);
        systemGrant(m, CLIENT_WITHOUT_PAYROLL, 105, UA);
        systemGrant(m, AUDITORS, 106, UA);
        // The clients' main users (USER_ADMIN) make 107 and 106 their auditors: persons' grants, decided like any other.
        personGrant(m, 103, CLIENT_WITH_PAYROLL, 107, AUD);
        personGrant(m, 105, CLIENT_WITHOUT_PAYROLL, 106, AUD);
    }

    private void personGrant(Model m, long actor, long company, long target, String role) {
        GrantRequest r = m.request(actor, company, target, GrantOrigin.DIRECT);
        Decision d = engine.decideGrant(r, role);
        assertEquals(Decision.allow(RuleId.D3, d.reason()), d);
        m.record(0, Kind.GRANT, r, role, Set.of(), d, company, target, Set.of(role), Set.of());
    }

    private void systemGrant(Model m, long company, long target, String role) {
        GrantRequest r = new GrantRequest(Actor.system(), Set.of(), m.companies.get(company), m.users.get(target),
                m.roles(target, company), Optional.of(AUDITORS), GrantOrigin.AUTOMATIC);
        Decision d = engine.decideGrant(r, role);
        assertTrue(d.allowed(), () -> "the system's grant of " + role + " to " + target + " in " + company + ": " + d);
        assertEquals(null, d.rule(), "the system's own grants name no delegation rule");
        m.record(0, Kind.GRANT, r, role, Set.of(), d, company, target, Set.of(role), Set.of());
    }

    private void run(Model m, Op op, int step, Coverage coverage) {
        long company = COMPANIES.get(op.company());
        List<Long> members = m.membersOf(company);
        // An outsider: platform support half of the time, else any user.
        long actor = op.actorIsMember() ? members.get(op.actor() % members.size())
                : op.actor() % 2 == 0 ? SUPPORT : USERS.get(op.actor() / 2 % USERS.size());
        long target = members.get(op.target() % members.size());
        String role = ALL_ROLES.get(op.role());
        Decision d;
        GrantRequest r;
        switch (op.kind()) {
            case GRANT -> {
                r = m.request(actor, company, target,
                        actor == SUPPORT && "FIRM_MAIN_USER".equals(role) ? GrantOrigin.PLATFORM_SUPPORT : GrantOrigin.DIRECT);
                d = engine.decideGrant(r, role);
                checkDecision(r, d, step);
                if (d.allowed()) {
                    m.record(step, Kind.GRANT, r, role, Set.of(), d, company, target,
                            r.targetRoles().contains(role) ? Set.of() : Set.of(role), Set.of());
                }
                coverage.collect(op.kind(), d);
                if (d.allowed() && FMU.equals(role)) {
                    coverage.firmMainUserGranted(r.origin());
                }
            }
            case REVOKE -> {
                List<String> held = List.copyOf(new TreeSet<>(m.roles(target, company)));
                String victim = held.isEmpty() ? role : held.get(op.role() % held.size());
                r = m.request(actor, company, target, GrantOrigin.DIRECT);
                d = engine.decideRevoke(r, victim);
                checkDecision(r, d, step);
                if (d.allowed()) {
                    assertEquals(RuleId.D9, d.rule(), d::toString);
                    if (held.contains(victim)) {
                        m.record(step, Kind.REVOKE, r, victim, Set.of(), d, company, target, Set.of(), Set.of(victim));
                    }
                }
                coverage.collect(op.kind(), d);
            }
            case COPY -> {
                long source = members.get(op.source() % members.size());
                Set<String> sourceRoles = m.roles(source, company);
                r = m.request(actor, company, target, GrantOrigin.COPY);
                d = engine.decideCopy(r, sourceRoles);
                checkDecision(r, d, step);
                if (d.allowed()) {
                    assertEquals(RuleId.D5, d.rule(), d::toString);
                    Set<String> added = new TreeSet<>(sourceRoles);
                    added.removeAll(r.targetRoles());
                    if (!added.isEmpty()) {
                        m.record(step, Kind.COPY, r, null, sourceRoles, d, company, target, added, Set.of());
                    }
                }
                coverage.collect(op.kind(), d);
                if (d.allowed() && sourceRoles.contains(FMU) && !r.targetRoles().contains(FMU)) {
                    coverage.firmMainUserGranted(r.origin());
                }
            }
            default -> fail();
        }
    }

    /** Every decision, allowed or not: D1, D2 and well-formed rule ids. */
    private static void checkDecision(GrantRequest r, Decision d, int step) {
        assertNotNull(d.rule(), () -> "step " + step + ": every decision names a rule: " + d);
        boolean self = r.actor().isUser() && r.actor().is(r.target().id());
        if (self) {
            assertFalse(d.allowed(), () -> "step " + step + ": D1 nobody changes their own rights: " + d);
            assertEquals(RuleId.D1, d.rule());
        }
        if (d.allowed()) {
            assertTrue(EnumSet.of(RuleId.D3, RuleId.D4, RuleId.D5, RuleId.D9, RuleId.D13).contains(d.rule()),
                    () -> "step " + step + ": an allowing rule is one of D3 D4 D5 D9 D13: " + d);
            boolean administers = r.actorHolds(UA) || r.actorHolds(FMU);
            assertTrue(administers || r.actor().platformSupport(),
                    () -> "step " + step + ": D2 only USER_ADMIN or FIRM_MAIN_USER change rights: " + r + " " + d);
        }
    }

    private void checkInvariants(Model m) {
        // Every change in the model was preceded by an allowed decision, on exactly the request logged,
        // and the engine (pure) still gives the same answer to that request.
        for (Change c : m.log) {
            assertTrue(c.decision().allowed(), () -> "logged change was not allowed: " + c);
            Decision again = switch (c.kind()) {
                case GRANT -> engine.decideGrant(c.request(), c.role());
                case REVOKE -> engine.decideRevoke(c.request(), c.role());
                case COPY -> engine.decideCopy(c.request(), c.sourceRoles());
            };
            assertEquals(c.decision(), again, () -> "the engine is not deterministic for " + c);
            assertNotEquals(c.request().target().id(), c.request().actor().accountId(),
                    () -> "D1: nobody changed their own rights: " + c);
        }
        // Replaying the log from the initial memberships gives exactly the model's holdings.
        Map<Long, Map<Long, Set<String>>> replay = new TreeMap<>();
        m.initialMembers.forEach((c, us) -> {
            Map<Long, Set<String>> byUser = new TreeMap<>();
            us.forEach(u -> byUser.put(u, new TreeSet<>()));
            replay.put(c, byUser);
        });
        for (Change c : m.log) {
            Set<String> held = replay.get(c.companyId()).get(c.targetId());
            assertEquals(c.request().targetRoles(), Set.copyOf(held),
                    () -> "the decision was taken on the state before the change: " + c);
            held.removeAll(c.removed());
            held.addAll(c.added());
        }
        for (long company : COMPANIES) {
            Company co = m.companies.get(company);
            for (Map.Entry<Long, Map<String, Held>> e : m.members.get(company).entrySet()) {
                long user = e.getKey();
                Set<String> roles = e.getValue().keySet();
                assertEquals(replay.get(company).get(user), roles, "holdings of " + user + " in " + company);
                for (Held h : e.getValue().values()) {
                    Change origin = m.log.get(h.logIndex());
                    assertTrue(origin.added().contains(h.role()) && origin.targetId() == user
                            && origin.companyId() == company, () -> "provenance of " + h);
                    // FIRM_MAIN_USER never through a DIRECT grant (D4, D5).
                    if (FMU.equals(h.role())) {
                        assertNotEquals(GrantOrigin.DIRECT, h.origin(), () -> user + " got FIRM_MAIN_USER directly");
                    }
                }
                // D15 (default configuration): an AUDITOR holds neither BOOKKEEPER nor USER_ADMIN in the company.
                if (roles.contains(AUD)) {
                    assertFalse(roles.contains(BK) || roles.contains(UA),
                            () -> "D15: " + user + " holds " + roles + " in " + company);
                    // D7: AUDITOR holders belong to the auditors' organisation.
                    assertEquals(AUDITORS, m.users.get(user).primaryCompanyId(),
                            () -> "D7: AUDITOR " + user + " is not of the auditors' organisation");
                }
                // D6: payroll roles only where payroll is enabled.
                if (!co.payrollEnabled()) {
                    for (String r : roles) {
                        assertFalse(PAYROLL_ROLES.contains(r), () -> "D6: " + user + " holds " + r + " in " + co.name());
                    }
                }
            }
        }
    }
}
