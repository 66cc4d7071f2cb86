package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.ALL_ROLES;
import static app.rolegate.delegation.Fixtures.AUD;
import static app.rolegate.delegation.Fixtures.BK;
import static app.rolegate.delegation.Fixtures.FMU;
import static app.rolegate.delegation.Fixtures.PAYROLL_ROLES;
import static app.rolegate.delegation.Fixtures.PC;
import static app.rolegate.delegation.Fixtures.PDH;
import static app.rolegate.delegation.Fixtures.SUP;
import static app.rolegate.delegation.Fixtures.TODAY;
import static app.rolegate.delegation.Fixtures.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Validity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random sequences of grants, revocations and copies by random actors on random targets, decided by
 * the policy (in the order the services ask it) and applied to an in-memory model only when allowed.
 * After every operation the model must keep the invariants of SPEC section 2.
 *
 * <p>Randomized with a fixed seed ({@value #DEFAULT_SEED}); run with {@code -Drolegate.property.seed=N} to replay
 * the seed a failure reports. {@value #TRIES} tries of {@value #OPERATIONS} operations each; no shrinking.
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
    static final Map<Long, Long> MAIN_USERS = Map.of(FIRM, 101L, CLIENT_WITH_PAYROLL, 103L,
            CLIENT_WITHOUT_PAYROLL, 105L, AUDITORS, 106L);

    enum Kind { GRANT, REVOKE, COPY }

    /** One random operation; indexes are taken modulo the candidates that exist when it runs. */
    record Op(Kind kind, boolean actorIsMember, int actor, int company, int target, int source, int role,
            int validity, int scope, int requester) {
    }

    /** A held grant and how it came to be held. */
    record Held(HeldGrant grant, GrantOrigin origin, int logIndex) {
    }

    /**
     * One allowed change, with the facts the policy decided it on and a way to ask again. {@code before}
     * is the target's live roles when it was decided.
     */
    record Change(int step, Kind kind, Actor actor, Set<String> actorRoles, boolean actorMainUser, long companyId,
            long targetId, PayrollProfile targetPayroll, String role, RequesterFacts requester, Set<String> before,
            Decision decision, Supplier<Decision> again, List<HeldGrant> added, Set<String> removed,
            GrantOrigin origin) {
    }

    /** The in-memory platform: companies, users, memberships, and who holds which grant where. */
    static final class Model {
        final Map<Long, CompanyFacts> companies = new LinkedHashMap<>();
        final Map<Long, TargetFacts> users = new LinkedHashMap<>();
        /** company -> member -> grants held (any validity). */
        final Map<Long, Map<Long, List<Held>>> members = new TreeMap<>();
        /** company -> member -> payroll profile (null where payroll is off). */
        final Map<Long, Map<Long, PayrollProfile>> payroll = new TreeMap<>();
        final List<Change> log = new ArrayList<>();
        /** The grants before the run, by company and member. */
        final Map<Long, Map<Long, List<HeldGrant>>> initial = new TreeMap<>();

        Model(SplittableRandom rnd) {
            companies.put(FIRM, new CompanyFacts(FIRM, "Firm Oy", true, null, true, false, MAIN_USERS.get(FIRM)));
            companies.put(CLIENT_WITH_PAYROLL, new CompanyFacts(CLIENT_WITH_PAYROLL, "Client Payroll Oy", false, FIRM,
                    true, false, MAIN_USERS.get(CLIENT_WITH_PAYROLL)));
            companies.put(CLIENT_WITHOUT_PAYROLL, new CompanyFacts(CLIENT_WITHOUT_PAYROLL, "Client Plain Oy", false,
                    FIRM, false, true, MAIN_USERS.get(CLIENT_WITHOUT_PAYROLL)));
            companies.put(AUDITORS, new CompanyFacts(AUDITORS, "Auditors Oy", false, null, false, false,
                    MAIN_USERS.get(AUDITORS)));
            users.put(SUPPORT, Fixtures.supportAccount(SUPPORT, FIRM));
            for (long u : USERS) {
                users.put(u, Fixtures.account(u, PRIMARY.get(u)));
            }
            COMPANIES.forEach(c -> members.put(c, new TreeMap<>()));
            for (long u : USERS) {
                for (long c : COMPANIES) {
                    // Every user is a member of their primary company; of each other company, at random.
                    if (PRIMARY.get(u) == c | rnd.nextBoolean()) {
                        members.get(c).put(u, new ArrayList<>());
                    }
                }
            }
            // D13: the firm's main user is added to the firm's client companies; the auditors are authorised to them.
            for (long client : List.of(CLIENT_WITH_PAYROLL, CLIENT_WITHOUT_PAYROLL)) {
                for (long u : List.of(101L, 106L, 107L)) {
                    members.get(client).putIfAbsent(u, new ArrayList<>());
                }
            }
            List<PayrollProfile> profiles = List.of(PayrollProfile.ALL_RIGHTS, PayrollProfile.ALL_RIGHTS,
                    PayrollProfile.NONE, PayrollProfile.BROWSE);
            members.forEach((c, byUser) -> {
                Map<Long, PayrollProfile> p = new TreeMap<>();
                byUser.keySet().forEach(u -> p.put(u, companies.get(c).payrollEnabled()
                        ? profiles.get(rnd.nextInt(profiles.size())) : null));
                payroll.put(c, p);
            });
        }

        void snapshotInitial() {
            members.forEach((c, byUser) -> {
                Map<Long, List<HeldGrant>> m = new TreeMap<>();
                byUser.forEach((u, held) -> m.put(u, held.stream().map(Held::grant).toList()));
                initial.put(c, m);
            });
        }

        List<Long> membersOf(long company) {
            return List.copyOf(members.get(company).keySet());
        }

        /** The roles that count for the user in the company today (every account is active, every membership open). */
        Set<String> counting(long user, long company) {
            List<Held> h = members.get(company).get(user);
            Set<String> s = new TreeSet<>();
            if (h != null) {
                h.stream().filter(x -> x.grant().validOn(TODAY)).forEach(x -> s.add(x.grant().role()));
            }
            return s;
        }

        ActorFacts actorIn(long actor, long company) {
            Actor a = actor == SUPPORT ? Fixtures.support(SUPPORT) : Fixtures.person(actor);
            boolean member = members.get(company).containsKey(actor);
            return new ActorFacts(a, company, companies.get(company), member, member ? counting(actor, company) : Set.of());
        }

        MemberFacts member(long user, long company) {
            List<Held> h = members.get(company).get(user);
            return new MemberFacts(users.get(user), user * 100 + company, Validity.untilFurtherNotice(),
                    payroll.get(company).get(user), h.stream().map(Held::grant).toList(), Validity.untilFurtherNotice());
        }

        RequesterFacts requester(long user, long company) {
            boolean member = members.get(company).containsKey(user);
            return new RequesterFacts(Fixtures.userId(user), true, member && companies.get(company).hasMainUser(user),
                    member && counting(user, company).contains(UA));
        }

        void apply(Change c, int index) {
            List<Held> held = members.get(c.companyId()).get(c.targetId());
            held.removeIf(h -> c.removed().contains(h.grant().role()));
            for (HeldGrant g : c.added()) {
                // A grant of the same role whose validity has wholly passed is replaced (D17), as the service does.
                held.removeIf(h -> h.grant().role().equals(g.role()) && !h.grant().liveOn(TODAY));
                held.add(new Held(g, c.origin(), index));
            }
        }
    }

    private final DelegationPolicy policy = Fixtures.policy();
    private final SeparationOfDuty sod = SeparationOfDuty.of(Fixtures.DEFAULT_SOD);

    /** What the runs exercised, over all tries: checked at the end so that a rule that never comes up fails the test. */
    static final class Coverage {
        final Map<Kind, int[]> outcomes = new EnumMap<>(Kind.class); // kind -> {refused, allowed}
        final Map<Kind, Integer> operations = new EnumMap<>(Kind.class);
        final Map<RuleId, Integer> rules = new EnumMap<>(RuleId.class);
        final Map<Decision.Outcome, Integer> kinds = new EnumMap<>(Decision.Outcome.class);
        final Map<GrantOrigin, Integer> firmMainUserGranted = new EnumMap<>(GrantOrigin.class);
        int payrollCalculatorBySupport;
        int warnings;

        void collect(Kind kind, Decision d) {
            operations.merge(kind, 1, Integer::sum);
            outcomes.computeIfAbsent(kind, k -> new int[2])[d.allowed() ? 1 : 0]++;
            if (d.rule() != null) {
                rules.merge(d.rule(), 1, Integer::sum);
            }
            kinds.merge(d.outcome(), 1, Integer::sum);
            warnings += d.warnings().isEmpty() ? 0 : 1;
        }

        double allowedPercentage(Kind kind) {
            int n = operations.getOrDefault(kind, 0);
            return n == 0 ? 0 : 100.0 * outcomes.getOrDefault(kind, new int[2])[1] / n;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("operations=" + operations + " outcomes={");
            outcomes.forEach((k, v) -> b.append(k).append(": refused ").append(v[0]).append(" allowed ").append(v[1])
                    .append("; "));
            return b.append("} kinds=").append(kinds).append(" rules=").append(rules).append(" FIRM_MAIN_USER granted=")
                    .append(firmMainUserGranted).append(" PAYROLL_CALCULATOR by support=")
                    .append(payrollCalculatorBySupport).append(" warnings=").append(warnings).toString();
        }
    }

    /** {@value #OPERATIONS} random operations. */
    static List<Op> operations(SplittableRandom rnd) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
            // Most actors (3 in 4) are members of the company they act in (so that some hold the roles that allow).
            boolean member = rnd.nextInt(4) < 3;
            ops.add(new Op(kind, member, rnd.nextInt(1001), rnd.nextInt(COMPANIES.size()), rnd.nextInt(1001),
                    rnd.nextInt(1001), rnd.nextInt(ALL_ROLES.size()), rnd.nextInt(20), rnd.nextInt(10),
                    rnd.nextInt(4)));
        }
        return ops;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void D1toD17_delegationKeepsTheSpecInvariants() {
        String replay = "seed=" + SEED + "; replay with -Drolegate.property.seed=" + SEED;
        System.out.println(getClass().getSimpleName() + ": rolegate.property.seed=" + SEED + ", " + TRIES + " tries x "
                + OPERATIONS + " operations");
        long t0 = System.nanoTime();
        Coverage coverage = new Coverage();
        SplittableRandom master = new SplittableRandom(SEED);
        for (int t = 1; t <= TRIES; t++) {
            SplittableRandom rnd = master.split();
            Model model = new Model(rnd);
            List<Op> ops = operations(rnd);
            int step = 0;
            Op op = null;
            try {
                seed(model);
                checkInvariants(model, true);
                for (Op o : ops) {
                    op = o;
                    step++;
                    run(model, op, step, coverage);
                    checkInvariants(model, false);
                }
                checkInvariants(model, true);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("[" + replay + "; try " + t + "/" + TRIES + ", "
                        + (op == null ? "setup" : "step " + step + "/" + OPERATIONS + " " + op) + "] "
                        + e.getMessage(), e);
            }
        }
        // The run must exercise the rules, not only refusals.
        String seen = " [" + replay + "] " + coverage;
        System.out.println(getClass().getSimpleName() + ": " + coverage + " in " + (System.nanoTime() - t0) / 1_000_000
                + " ms");
        assertTrue(coverage.allowedPercentage(Kind.GRANT) > 3, () -> "allowed GRANTs should be over 3%" + seen);
        assertTrue(coverage.allowedPercentage(Kind.REVOKE) > 1, () -> "allowed REVOKEs should be over 1%" + seen);
        assertTrue(coverage.allowedPercentage(Kind.COPY) > 1, () -> "allowed COPYs should be over 1%" + seen);
        for (RuleId rule : List.of(RuleId.D1, RuleId.D2, RuleId.D3, RuleId.D4, RuleId.D5, RuleId.D6, RuleId.D7,
                RuleId.D9, RuleId.D15, RuleId.D17)) {
            assertTrue(coverage.rules.getOrDefault(rule, 0) > 0, () -> "no decision by " + rule + seen);
        }
        for (Decision.Outcome o : Decision.Outcome.values()) {
            assertTrue(coverage.kinds.getOrDefault(o, 0) > 0, () -> "no " + o + seen);
        }
        for (GrantOrigin origin : List.of(GrantOrigin.COPY, GrantOrigin.PLATFORM_SUPPORT)) {
            assertTrue(coverage.firmMainUserGranted.getOrDefault(origin, 0) > 0,
                    () -> "FIRM_MAIN_USER was never granted by " + origin + seen);
        }
        assertTrue(coverage.payrollCalculatorBySupport > 0, () -> "support never granted PAYROLL_CALCULATOR" + seen);
        assertTrue(coverage.warnings > 0, () -> "no D6 warning" + seen);
    }

    /**
     * The starting grants: the system's (the first users, SPEC 4.1 POST /companies, and D13 for the
     * firm's main user), a wholly expired BOOKKEEPER of 107's, and an AUDITOR in each client, granted
     * by its main user (USER_ADMIN) and decided like any other: 107's expired BOOKKEEPER blocks nothing (D17).
     */
    private void seed(Model m) {
        systemGrant(m, FIRM, 101, FMU);
        systemGrant(m, FIRM, 101, UA);
        for (long client : List.of(CLIENT_WITH_PAYROLL, CLIENT_WITHOUT_PAYROLL)) {
            for (String role : policy.rolesForFirmMainUsersIn(m.companies.get(client)).keySet()) {
                systemGrant(m, client, 101, role);
            }
        }
        systemGrant(m, CLIENT_WITH_PAYROLL, 103, UA);
        systemGrant(m, CLIENT_WITHOUT_PAYROLL, 105, UA);
        systemGrant(m, AUDITORS, 106, UA);
        m.members.get(CLIENT_WITH_PAYROLL).get(107L).add(new Held(new HeldGrant(BK, GrantScope.COMPANY, null,
                Fixtures.expired(BK).validity()), GrantOrigin.DIRECT, -1));
        m.snapshotInitial();
        personGrant(m, 103, CLIENT_WITH_PAYROLL, 107, AUD);
        personGrant(m, 105, CLIENT_WITHOUT_PAYROLL, 106, AUD);
    }

    private void systemGrant(Model m, long company, long target, String role) {
        m.members.get(company).get(target).add(new Held(new HeldGrant(role, policy.role(role).defaultScope(), null,
                Validity.untilFurtherNotice()), GrantOrigin.AUTOMATIC, -1));
    }

    private void personGrant(Model m, long actor, long company, long target, String role) {
        Op op = new Op(Kind.GRANT, true, 0, 0, 0, 0, 0, 19, 9, 0); // open validity, default scope
        Change c = grant(m, op, 0, actor, company, target, role);
        assertEquals(Decision.Outcome.ALLOW, c.decision().outcome(), c.decision()::toString);
        assertEquals(RuleId.D3, c.decision().rule());
        m.log.add(c);
        m.apply(c, m.log.size() - 1);
    }

    private static Validity validity(int pick) {
        return switch (pick) {
            case 0, 1 -> Validity.of(TODAY.minusMonths(2), TODAY.minusDays(1)); // wholly passed: 400 (D17)
            case 2, 3 -> Validity.of(TODAY.plusDays(1), null); // starts tomorrow
            case 4 -> Validity.of(null, TODAY); // ends today
            default -> Validity.untilFurtherNotice();
        };
    }

    private static GrantScope scope(int pick) {
        return switch (pick) {
            case 0 -> GrantScope.HIERARCHY;
            case 1 -> GrantScope.COST_CENTRE;
            case 2 -> GrantScope.COMPANY;
            default -> null;
        };
    }

    private Change grant(Model m, Op op, int step, long actor, long company, long target, String role) {
        ActorFacts a = m.actorIn(actor, company);
        MemberFacts t = m.member(target, company);
        GrantScope scope = scope(op.scope());
        GrantAsk ask = new GrantAsk(role, scope, scope == GrantScope.COST_CENTRE ? "K1" : null, validity(op.validity()),
                null);
        RequesterFacts requester = null;
        if (actor == SUPPORT) {
            // Support names who requested: the main user, a USER_ADMIN, any member, or nobody.
            List<Long> ms = m.membersOf(company);
            long who = switch (op.requester()) {
                case 0 -> m.companies.get(company).mainUserId();
                case 1 -> ms.stream().filter(u -> m.counting(u, company).contains(UA)).findFirst().orElse(ms.get(0));
                case 2 -> ms.get(op.target() % ms.size());
                default -> -1L;
            };
            requester = who < 0 ? null : m.requester(who, company);
            ask = new GrantAsk(role, ask.scope(), ask.costCentre(), ask.validity(),
                    requester == null ? null : requester.userId());
        }
        GrantAsk asked = ask;
        RequesterFacts req = requester;
        Optional<Long> auditors = Optional.of(AUDITORS);
        Supplier<Decision> decide = () -> Calls.grant(policy, a, m.users.get(target).userId(), t, asked, auditors, req,
                TODAY);
        Decision d = decide.get();
        HeldGrant g = new HeldGrant(role, scope == null ? policy.role(role).defaultScope() : scope, asked.costCentre(),
                asked.validity());
        return new Change(step, Kind.GRANT, a.actor(), a.roles(), a.mainUser(), company, target, t.payrollProfile(),
                role, req,
                t.liveRoles(TODAY), d, decide, List.of(g), Set.of(),
                actor == SUPPORT ? GrantOrigin.PLATFORM_SUPPORT : GrantOrigin.DIRECT);
    }

    private void run(Model m, Op op, int step, Coverage coverage) {
        long company = COMPANIES.get(op.company());
        List<Long> members = m.membersOf(company);
        // An outsider: platform support half of the time, else any user (who may be a member after all).
        long actor = op.actorIsMember() ? members.get(op.actor() % members.size())
                : op.actor() % 2 == 0 ? SUPPORT : USERS.get(op.actor() / 2 % USERS.size());
        long target = members.get(op.target() % members.size());
        String role = ALL_ROLES.get(op.role());
        Optional<Long> auditors = Optional.of(AUDITORS);
        ActorFacts a = m.actorIn(actor, company);
        MemberFacts t = m.member(target, company);
        String typed = m.users.get(target).userId();
        Change c = switch (op.kind()) {
            case GRANT -> grant(m, op, step, actor, company, target, role);
            case REVOKE -> {
                List<String> held = List.copyOf(new TreeSet<>(t.grants().stream().map(HeldGrant::role).toList()));
                String victim = held.isEmpty() ? role : held.get(op.role() % held.size());
                Supplier<Decision> decide = () -> Calls.revoke(policy, a, typed, t, victim, auditors, TODAY);
                yield new Change(step, Kind.REVOKE, a.actor(), a.roles(), a.mainUser(), company, target,
                        t.payrollProfile(), victim, null,
                        t.liveRoles(TODAY), decide.get(), decide, List.of(), Set.of(victim), null);
            }
            case COPY -> {
                long source = members.get(op.source() % members.size());
                MemberFacts s = m.member(source, company);
                Supplier<Decision> decide = () -> Calls.copy(policy, a, typed, t, s, auditors, TODAY);
                // What the service writes: the source's grants that count today, but for those the target holds live.
                List<HeldGrant> added = s.countingGrants(TODAY).stream().filter(g -> !t.holdsLive(g.role(), TODAY))
                        .toList();
                yield new Change(step, Kind.COPY, a.actor(), a.roles(), a.mainUser(), company, target,
                        t.payrollProfile(), null, null,
                        t.liveRoles(TODAY), decide.get(), decide, added, Set.of(), GrantOrigin.COPY);
            }
        };
        Decision d = c.decision();
        checkDecision(c);
        coverage.collect(op.kind(), d);
        if (d.allowed()) {
            m.log.add(c);
            m.apply(c, m.log.size() - 1);
            if (c.added().stream().anyMatch(g -> g.role().equals(FMU))) {
                coverage.firmMainUserGranted.merge(c.origin(), 1, Integer::sum);
            }
            if (c.origin() == GrantOrigin.PLATFORM_SUPPORT && PC.equals(c.role())) {
                coverage.payrollCalculatorBySupport++;
            }
        }
    }

    /** Every decision, allowed or not: D1, D2 and who may give what. */
    private void checkDecision(Change c) {
        Decision d = c.decision();
        int step = c.step();
        assertNotNull(d.outcome());
        if (d.outcome() != Decision.Outcome.CONFLICT) {
            assertNotNull(d.rule(), () -> "step " + step + ": every refusal but a 409, and every permission, names a rule: "
                    + d);
        }
        if (c.actor().is(c.targetId())) {
            assertFalse(d.allowed(), () -> "step " + step + ": D1 nobody changes their own rights: " + d);
            assertEquals(RuleId.D1, d.rule(), d::toString);
        }
        if (!d.allowed()) {
            assertTrue(d.warnings().isEmpty(), () -> "step " + step + ": a refusal carries no warning: " + d);
            return;
        }
        boolean support = c.actor().platformSupport();
        boolean administers = c.actorRoles().contains(UA) || c.actorRoles().contains(FMU);
        switch (c.kind()) {
            case GRANT -> assertEquals(support ? RuleId.D5 : c.actorRoles().contains(FMU) ? RuleId.D4 : RuleId.D3,
                    d.rule(), d::toString);
            case REVOKE -> assertEquals(RuleId.D9, d.rule(), d::toString);
            case COPY -> assertEquals(RuleId.D5, d.rule(), d::toString);
        }
        // D2: only USER_ADMIN or FIRM_MAIN_USER change rights; platform support only its exceptional roles (D5, D6).
        assertTrue(administers || support, () -> "step " + step + ": D2: " + c);
        if (support) {
            assertTrue(c.kind() != Kind.COPY && Set.of(FMU, PC).contains(c.role()), () -> "step " + step
                    + ": support gives or takes only FIRM_MAIN_USER and PAYROLL_CALCULATOR: " + c);
            if (c.kind() == Kind.GRANT) {
                assertTrue(c.requester() != null && (c.requester().mainUser() || c.requester().userAdmin()),
                        () -> "step " + step + ": support's grant is requested by the main user or a USER_ADMIN: " + c);
            }
        }
        for (HeldGrant g : c.added()) {
            // D17: the grant's validity has not wholly passed; only roles that follow employees take another scope.
            assertTrue(g.liveOn(TODAY), () -> "step " + step + ": D17 a grant wholly in the past: " + c);
            if (!Set.of(SUP, PDH).contains(g.role())) {
                assertEquals(GrantScope.COMPANY, g.scope(), () -> "step " + step + ": D17 scope of " + g);
            }
        }
        if (!support) {
            Set<String> given = new TreeSet<>();
            c.added().forEach(g -> given.add(g.role()));
            given.addAll(c.removed());
            boolean ua = c.actorRoles().contains(UA);
            boolean fmu = c.actorRoles().contains(FMU);
            boolean main = c.actorMainUser();
            // D3, D4, D8: USER_ADMIN is given or taken by a FIRM_MAIN_USER, or a USER_ADMIN who is the main user.
            if (given.contains(UA)) {
                assertTrue(fmu || (ua && main), () -> "step " + step + ": D3 USER_ADMIN by " + c);
            }
            // D6: PAYROLL_CALCULATOR by a FIRM_MAIN_USER or the main user, who also holds USER_ADMIN.
            if (given.contains(PC)) {
                assertTrue((fmu || main) && ua, () -> "step " + step + ": D6 PAYROLL_CALCULATOR by " + c);
            }
            // D7: AUDITOR by a USER_ADMIN.
            if (given.contains(AUD)) {
                assertTrue(ua, () -> "step " + step + ": D7 AUDITOR by " + c);
            }
            // D4, D5: FIRM_MAIN_USER never directly; copied by a FIRM_MAIN_USER or a USER_ADMIN main user.
            if (c.added().stream().anyMatch(g -> g.role().equals(FMU))) {
                assertEquals(Kind.COPY, c.kind(), () -> "step " + step + ": D5 FIRM_MAIN_USER directly: " + c);
                assertTrue(fmu || (ua && main), () -> "step " + step + ": D5 FIRM_MAIN_USER copied by " + c);
            }
            // D9: FIRM_MAIN_USER is revoked by another FIRM_MAIN_USER.
            if (c.removed().contains(FMU)) {
                assertTrue(fmu, () -> "step " + step + ": D9 FIRM_MAIN_USER revoked by " + c);
            }
        }
        // D6: a payroll calculator's grant warns where the holder's payroll profile is not ALL_RIGHTS; no other grant warns.
        boolean warns = c.kind() == Kind.GRANT && PC.equals(c.role()) && c.targetPayroll() != PayrollProfile.ALL_RIGHTS;
        assertEquals(warns, !d.warnings().isEmpty(), () -> "step " + step + ": D6 warning: " + c);
    }

    /** The invariants; {@code everyDecision}: ask the policy again about every logged change, not only the newest. */
    private void checkInvariants(Model m, boolean everyDecision) {
        // Every change in the model was preceded by an allowed decision, on exactly the facts logged, and the
        // policy (pure) still gives the same answer to them after the model changed.
        for (int i = everyDecision ? 0 : Math.max(0, m.log.size() - 1); i < m.log.size(); i++) {
            Change c = m.log.get(i);
            assertTrue(c.decision().allowed(), () -> "logged change was not allowed: " + c);
            assertEquals(c.decision(), c.again().get(), () -> "the policy is not deterministic for " + c);
            assertNotEquals(c.targetId(), c.actor().accountId(), () -> "D1: nobody changed their own rights: " + c);
        }
        // Replaying the log from the initial grants gives exactly the model's holdings.
        Map<Long, Map<Long, List<HeldGrant>>> replay = new TreeMap<>();
        m.initial.forEach((c, byUser) -> {
            Map<Long, List<HeldGrant>> copy = new TreeMap<>();
            byUser.forEach((u, gs) -> copy.put(u, new ArrayList<>(gs)));
            replay.put(c, copy);
        });
        for (Change c : m.log) {
            List<HeldGrant> held = replay.get(c.companyId()).get(c.targetId());
            Set<String> live = new TreeSet<>();
            held.stream().filter(g -> g.liveOn(TODAY)).forEach(g -> live.add(g.role()));
            assertEquals(c.before(), live, () -> "the decision was taken on the state before the change: " + c);
            held.removeIf(g -> c.removed().contains(g.role()));
            for (HeldGrant g : c.added()) {
                held.removeIf(h -> h.role().equals(g.role()) && !h.liveOn(TODAY));
                held.add(g);
            }
        }
        for (long company : COMPANIES) {
            CompanyFacts co = m.companies.get(company);
            for (Map.Entry<Long, List<Held>> e : m.members.get(company).entrySet()) {
                long user = e.getKey();
                List<Held> held = e.getValue();
                assertEquals(replay.get(company).get(user), held.stream().map(Held::grant).toList(),
                        "holdings of " + user + " in " + company);
                Set<String> live = new TreeSet<>();
                for (Held h : held) {
                    if (!h.grant().liveOn(TODAY)) {
                        continue;
                    }
                    // Nobody holds a role twice (a second grant of a live role is a 409).
                    assertTrue(live.add(h.grant().role()), () -> user + " holds " + h.grant().role() + " twice in "
                            + co.name() + ": " + held);
                    // FIRM_MAIN_USER never through a direct grant (D4, D5).
                    if (FMU.equals(h.grant().role())) {
                        assertNotEquals(GrantOrigin.DIRECT, h.origin(), () -> user + " got FIRM_MAIN_USER directly");
                    }
                    if (h.logIndex() >= 0) {
                        Change origin = m.log.get(h.logIndex());
                        assertTrue(origin.added().contains(h.grant()) && origin.targetId() == user
                                && origin.companyId() == company, () -> "provenance of " + h);
                        // D7: AUDITOR is given only to members of the auditors' organisation.
                        if (AUD.equals(h.grant().role())) {
                            assertEquals(AUDITORS, m.users.get(user).primaryCompanyId(),
                                    () -> "D7: AUDITOR " + user + " is not of the auditors' organisation");
                        }
                        // D6: payroll roles are given only where payroll is enabled.
                        assertFalse(!co.payrollEnabled() && PAYROLL_ROLES.contains(h.grant().role()),
                                () -> "D6: " + user + " got " + h.grant().role() + " in " + co.name());
                    }
                }
                // D15 (default configuration, revision 2): no exclusive pair among the roles held.
                assertTrue(sod.check(live).isEmpty(), () -> "D15: " + user + " holds " + live + " in " + co.name());
            }
        }
    }
}
