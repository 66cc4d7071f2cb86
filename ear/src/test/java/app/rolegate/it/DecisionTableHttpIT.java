package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Delegation.AUD;
import static app.rolegate.it.Delegation.BK;
import static app.rolegate.it.Delegation.FMU;
import static app.rolegate.it.Delegation.PC;
import static app.rolegate.it.Delegation.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The delegation engine's decision table ({@code payroll-roles-module/src/test/resources/decision-table.csv},
 * SPEC 2, D1-D15) over HTTP against the real EAR: every sampled row is set up for real through the API
 * (a company with payroll on or off, the actor in the row's situation, a fresh target whose primary
 * company is the company or the auditors' organisation, a fresh copy source) and then performed as
 * POST roles, DELETE roles/{role} or POST roles/copy. An allowed row answers 201/204/200 and shows its
 * effect and an ALLOWED audit event naming the row's rule; a denied row answers 403 problem+json with
 * the row's rule, leaves the target's membership exactly as it was, and leaves a DENIED audit event
 * naming the rule and the actor.
 *
 * <p>The sample takes one row for every feasible actor x operation x role (209), rotating through payroll on/off
 * and target in/out of the auditors' organisation, plus both sides of every row where the target's
 * organisation changes the answer. {@code -Drolegate.it.decisionTable=all} runs every row that can
 * exist over HTTP. Rows that cannot exist are left out (see {@link Row#feasible()}): a payroll role held
 * (by the actor, the target or the copy source) where payroll is disabled, and the table's SELF actor
 * revoking AUDITOR (it would hold AUDITOR with USER_ADMIN, which D15 forbids).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionTableHttpIT {
    static final String TABLE = "payroll-roles-module/src/test/resources/decision-table.csv";
    static final String HEADER = "actor,operation,role,payroll,targetInAuditorOrg,expected,rule";
    static final List<String> ACTORS = List.of("NONE", "USER_ADMIN", "USER_ADMIN+MAIN_USER", "FIRM_MAIN_USER",
            "FIRM_MAIN_USER+USER_ADMIN", "BOOKKEEPER", "AUDITOR", "PAYROLL_CALCULATOR", "PLATFORM_SUPPORT", "SELF",
            "OUTSIDER");

    /** One row of the table. */
    record Row(String actor, String operation, String role, boolean payroll, boolean targetInAuditorOrg,
            boolean allow, boolean hidden, String rule) {
        static Row parse(String line) {
            String[] f = line.split(",");
            assertEquals(7, f.length, line);
            return new Row(f[0], f[1], f[2], "on".equals(f[3]), "yes".equals(f[4]), "ALLOW".equals(f[5]),
                    "HIDDEN".equals(f[5]), f[6]);
        }

        /** Whether the row's situation can exist over the API at all. */
        boolean feasible() {
            if (!payroll && ("PAYROLL_CALCULATOR".equals(actor)
                    || (Delegation.PAYROLL_ROLES.contains(role) && !"grant".equals(operation)))) {
                return false; // nobody holds a payroll role where payroll is disabled (D6)
            }
            return !("SELF".equals(actor) && "revoke".equals(operation) && AUD.equals(role)); // D15
        }

        String combo() {
            return actor + "," + operation + "," + role;
        }

        @Override
        public String toString() {
            return rule + " " + actor + " " + operation + " " + role + " payroll=" + (payroll ? "on" : "off")
                    + " targetInAuditorOrg=" + (targetInAuditorOrg ? "yes" : "no") + " -> "
                    + (allow ? "ALLOW" : hidden ? "HIDDEN" : "DENY");
        }
    }

    /** One company with payroll on or off and an actor in every situation of the table. */
    static final class World {
        final Company c;
        final Person f; // first user: the main user with USER_ADMIN, the table's USER_ADMIN+MAIN_USER
        final Map<String, Person> actors = new HashMap<>();
        Person selfInAuditorOrg;

        World(Company c) {
            this.c = c;
            this.f = c.firstUser();
        }
    }

    private Company auditors;
    private Person support;
    private final Map<Boolean, World> worlds = new HashMap<>();

    // ---------------------------------------------------------------- the table and its sample

    static Path tablePath() {
        String configured = System.getProperty("rolegate.it.decisionTablePath");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(TABLE);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return fail("decision table not found: " + TABLE + " above " + Path.of("").toAbsolutePath());
    }

    static List<Row> table() {
        try {
            List<String> lines = Files.readAllLines(tablePath(), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            assertEquals(HEADER, lines.get(0));
            return lines.subList(1, lines.size()).stream().map(Row::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows run here: see the class comment. */
    static List<Row> sample() {
        List<Row> all = table();
        if ("all".equals(System.getProperty("rolegate.it.decisionTable"))) {
            return all.stream().filter(Row::feasible).toList();
        }
        Map<String, List<Row>> byCombo = all.stream()
                .collect(Collectors.groupingBy(Row::combo, LinkedHashMap::new, Collectors.toList()));
        Set<Row> chosen = new LinkedHashSet<>();
        int i = 0;
        for (List<Row> variants : byCombo.values()) {
            for (int k = 0; k < variants.size(); k++) {
                Row r = variants.get((i + k) % variants.size());
                if (r.feasible()) {
                    chosen.add(r);
                    // Where the target's organisation decides, run the other side too.
                    variants.stream().filter(o -> o.payroll() == r.payroll() && o.targetInAuditorOrg() != r.targetInAuditorOrg()
                            && (o.allow() != r.allow() || !o.rule().equals(r.rule())) && o.feasible())
                            .forEach(chosen::add);
                    break;
                }
            }
            i++;
        }
        return new ArrayList<>(chosen);
    }

    static Stream<Row> rows() {
        return sample().stream();
    }

    /** The sample covers every actor situation, operation, role, payroll value and target organisation. */
    @Test
    void sampleCoversEveryDimensionOfTheTable() {
        List<Row> all = table();
        assertEquals(ACTORS.size() * 3 * Delegation.ROLES.size() * 2 * 2, all.size());
        List<Row> s = sample();
        assertTrue(s.size() >= 60, "sample of " + s.size());
        assertEquals(Set.copyOf(ACTORS), s.stream().map(Row::actor).collect(Collectors.toSet()));
        assertEquals(Set.of("grant", "revoke", "copy"), s.stream().map(Row::operation).collect(Collectors.toSet()));
        assertEquals(Set.copyOf(Delegation.ROLES), s.stream().map(Row::role).collect(Collectors.toSet()));
        assertEquals(Set.of(true, false), s.stream().map(Row::payroll).collect(Collectors.toSet()));
        assertEquals(Set.of(true, false), s.stream().map(Row::targetInAuditorOrg).collect(Collectors.toSet()));
        Set<String> missing = all.stream().filter(Row::feasible).map(Row::combo).collect(Collectors.toSet());
        missing.removeAll(s.stream().map(Row::combo).collect(Collectors.toSet()));
        assertEquals(Set.of(), missing, "every feasible actor x operation x role is sampled");
        assertEquals(all.stream().map(Row::rule).collect(Collectors.toSet()),
                s.stream().map(Row::rule).collect(Collectors.toSet()), "every rule the table names");
        assertTrue(s.stream().anyMatch(Row::allow) && s.stream().anyMatch(r -> !r.allow()));
    }

    // ---------------------------------------------------------------- set-up of the actor situations

    @BeforeAll
    void setUp() {
        support = Delegation.supportPerson();
        auditors = Delegation.company(false, false);
        Delegation.designateAuditors(auditors.id());
        worlds.put(true, world(true));
        worlds.put(false, world(false));
    }

    /** The auditors' organisation is platform-wide: claim it before every row (other classes set theirs). */
    @BeforeEach
    void designateAuditorsOrganisation() {
        Delegation.designateAuditors(auditors.id());
    }

    private World world(boolean payroll) {
        World w = new World(Delegation.company(false, payroll));
        String fa = w.c.admin();
        long cid = w.c.id();
        w.actors.put("NONE", Delegation.person(fa, cid));
        w.actors.put("USER_ADMIN+MAIN_USER", w.f);
        Person ua = Delegation.person(fa, cid);
        Delegation.granted(fa, cid, ua.userId(), UA);
        w.actors.put("USER_ADMIN", ua);

        Person fmu = Delegation.person(fa, cid);
        Person fmuUa = Delegation.person(fa, cid);
        Delegation.granted(fa, cid, fmuUa.userId(), UA);
        if (payroll) {
            // FIRM_MAIN_USER from platform support's exceptional grant (D5).
            Delegation.supportGrantsFirmMainUser(cid, fmu.userId());
            Delegation.supportGrantsFirmMainUser(cid, fmuUa.userId());
        } else {
            // FIRM_MAIN_USER by copying the rights of a holder (D5): the main user with USER_ADMIN copies.
            Person holder = Delegation.member(fa, cid);
            Delegation.supportGrantsFirmMainUser(cid, holder.userId());
            Delegation.copy(fa, cid, fmu.userId(), holder.userId()).expect(200);
            Delegation.copy(fa, cid, fmuUa.userId(), holder.userId()).expect(200);
        }
        for (Person p : List.of(fmu, fmuUa)) {
            JsonObject m = Delegation.membership(fa, cid, p.userId());
            assertEquals(p == fmu ? Set.of(FMU) : Set.of(FMU, UA), Delegation.roles(m));
            assertEquals(payroll ? "PLATFORM_SUPPORT" : "COPY", Delegation.requireGrant(m, FMU).getString("origin"));
        }
        w.actors.put("FIRM_MAIN_USER", fmu);
        w.actors.put("FIRM_MAIN_USER+USER_ADMIN", fmuUa);

        Person bk = Delegation.person(fa, cid);
        Delegation.granted(fa, cid, bk.userId(), BK);
        w.actors.put("BOOKKEEPER", bk);
        Person aud = Delegation.outsider(auditors, fa, cid, true);
        Delegation.granted(fa, cid, aud.userId(), AUD);
        w.actors.put("AUDITOR", aud);
        if (payroll) {
            Person pc = Delegation.person(fa, cid);
            Delegation.granted(fa, cid, pc.userId(), PC);
            w.actors.put("PAYROLL_CALCULATOR", pc);
        }
        w.actors.put("PLATFORM_SUPPORT", support);
        // The administrator of another company: no member of C, to whom C and its members do not exist (2.1).
        w.actors.put("OUTSIDER", Delegation.company(false, payroll).firstUser());

        Person self = Delegation.person(fa, cid);
        Delegation.granted(fa, cid, self.userId(), UA);
        Delegation.supportGrantsFirmMainUser(cid, self.userId());
        w.actors.put("SELF", self);
        w.selfInAuditorOrg = Delegation.outsider(auditors, fa, cid, true);
        Delegation.granted(fa, cid, w.selfInAuditorOrg.userId(), UA);
        Delegation.supportGrantsFirmMainUser(cid, w.selfInAuditorOrg.userId());
        return w;
    }

    /** A fresh member of C with no role: primary company C, or the auditors' organisation. */
    private Person target(World w, boolean inAuditorOrg) {
        return inAuditorOrg ? Delegation.outsider(auditors, w.c.admin(), w.c.id(), false)
                : Delegation.member(w.c.admin(), w.c.id());
    }

    /** A fresh member of C holding just this role. */
    private Person holder(World w, String role, boolean inAuditorOrg) {
        String fa = w.c.admin();
        long cid = w.c.id();
        if (AUD.equals(role)) {
            // D7: only a member of the auditors' organisation receives AUDITOR; D14 may move them afterwards.
            Person p = Delegation.outsider(auditors, fa, cid, false);
            Delegation.granted(fa, cid, p.userId(), AUD);
            if (!inAuditorOrg) {
                Delegation.movePrimary(p, cid, w.f.userId());
            }
            return p;
        }
        Person p = target(w, inAuditorOrg);
        if (FMU.equals(role)) {
            Delegation.supportGrantsFirmMainUser(cid, p.userId());
        } else {
            Delegation.granted(fa, cid, p.userId(), role);
        }
        assertEquals(Set.of(role), Delegation.roles(fa, cid, p.userId()));
        return p;
    }

    // ---------------------------------------------------------------- the rows

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void D1toD15_decisionTableRowOverHttp(Row row) {
        try {
            perform(row);
        } catch (AssertionError e) {
            throw new AssertionError("row " + row + ": " + e.getMessage(), e); // reports name the row, not its index
        }
    }

    private void perform(Row row) {
        World w = worlds.get(row.payroll());
        String fa = w.c.admin();
        long cid = w.c.id();
        boolean self = "SELF".equals(row.actor());
        Person actor = self && row.targetInAuditorOrg() ? w.selfInAuditorOrg : w.actors.get(row.actor());
        String actorToken = actor.token();

        Person target;
        boolean grantedForRow = false;
        if (self) {
            target = actor;
            if ("revoke".equals(row.operation()) && !Delegation.roles(fa, cid, actor.userId()).contains(row.role())) {
                Delegation.granted(fa, cid, actor.userId(), row.role());
                grantedForRow = true;
            }
        } else {
            target = "revoke".equals(row.operation()) ? holder(w, row.role(), row.targetInAuditorOrg())
                    : target(w, row.targetInAuditorOrg());
        }
        Person source = "copy".equals(row.operation()) ? holder(w, row.role(), AUD.equals(row.role())) : null;

        JsonObject before = Delegation.membership(fa, cid, target.userId());
        String rid = Delegation.requestId("dt");
        Api.Response r = switch (row.operation()) {
            // Platform support's exceptional grants are made at the main user's written request (D5, D6).
            case "grant" -> Delegation.send("POST", Delegation.rolesPath(cid, target.userId()), actorToken,
                    actor == support ? Api.object("role", row.role(), "requestedBy", w.c.firstUser().userId())
                            : Api.object("role", row.role()), rid);
            case "revoke" -> Delegation.send("DELETE", Delegation.rolesPath(cid, target.userId()) + "/" + row.role(),
                    actorToken, null, rid);
            case "copy" -> Delegation.send("POST", Delegation.rolesPath(cid, target.userId()) + "/copy", actorToken,
                    Api.object("fromUserId", source.userId()), rid);
            default -> throw new IllegalArgumentException(row.operation());
        };
        JsonObject after = Delegation.membership(fa, cid, target.userId());

        if (row.allow()) {
            switch (row.operation()) {
                case "grant" -> {
                    JsonObject g = r.expect(201).json();
                    assertEquals(row.role(), g.getString("role"));
                    JsonObject held = Delegation.requireGrant(after, row.role());
                    assertEquals(actor.id(), held.getJsonNumber("grantedBy").longValue(), held.toString());
                    assertEquals(actor == support ? "PLATFORM_SUPPORT" : "DIRECT", held.getString("origin"));
                    assertEquals(Set.of(row.role()), Delegation.roles(after));
                }
                case "revoke" -> {
                    r.expect(204);
                    assertEquals(Set.of(), Delegation.roles(after), after.toString());
                }
                default -> {
                    JsonObject body = r.expect(200).json();
                    assertEquals(1, body.getJsonArray("granted").size(), body.toString());
                    JsonObject held = Delegation.requireGrant(after, row.role());
                    assertEquals("COPY", held.getString("origin"));
                    assertEquals(source.id(), held.getJsonNumber("copiedFrom").longValue());
                    assertEquals(actor.id(), held.getJsonNumber("grantedBy").longValue());
                    assertEquals(Set.of(row.role()), Delegation.roles(after));
                }
            }
            Delegation.expectAllowedEvent(fa, cid, target.userId(), rid, row.rule(), actor.userId());
        } else if (row.hidden()) {
            r.expectProblem(404, "not-found");
            assertEquals(before, after, "a refused call changes nothing");
            // The refusal is a platform event: C's administrators do not learn who probed it (2.1).
            assertTrue(Delegation.audit(fa, cid, null).stream().noneMatch(e -> rid.equals(e.getString("requestId", ""))));
            assertTrue(Api.get(V1 + "/platform/audit?size=1000&actor=" + actor.userId(), Delegation.support()).expect(200)
                    .json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .anyMatch(e -> rid.equals(e.getString("requestId", "")) && "DENIED".equals(e.getString("outcome"))),
                    "the platform audit log holds the refusal");
        } else {
            Delegation.expectDenied(r, row.rule());
            assertEquals(before, after, "a denied call changes nothing");
            Delegation.expectDeniedEvent(fa, cid, target.userId(), rid, row.rule(), actor.userId());
            if (source != null) {
                assertEquals(Set.of(row.role()), Delegation.roles(fa, cid, source.userId()), "the source keeps its role");
            }
        }
        if (grantedForRow) {
            Delegation.revoke(fa, cid, actor.userId(), row.role()).expect(204);
        }
    }
}
