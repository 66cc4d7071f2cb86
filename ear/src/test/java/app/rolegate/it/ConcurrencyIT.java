package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two (or more) requests at once never break a rule and never answer 500 (SPEC D15 under concurrency,
 * the uniqueness rules, optimistic locking): real concurrent requests against the real server, released
 * together by a barrier, many rounds each. The loser of a race gets the answer its rival's result calls
 * for (403 D15, 409, 412), as a problem body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencyIT {
    static final int ROUNDS = Integer.getInteger("rolegate.it.raceRounds", 20);

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Map<String, Integer> statuses = new TreeMap<>();
    private Company c;
    private Company auditors;
    private int requests;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        auditors = Delegation.company(false, false);
        Delegation.designateAuditors(auditors.id());
    }

    @AfterAll
    void report() {
        pool.shutdownNow();
        System.out.printf("ConcurrencyIT: %d requests in races; statuses %s%n", requests, statuses);
    }

    @Test
    void D15_auditorAndBookkeeperGrantedAtOnce_neverBothHeld() {
        race("AUDITOR + BOOKKEEPER", () -> auditorCandidate(), t -> List.of(
                () -> grant(c.admin(), t, "AUDITOR"), () -> grant(c.admin(), t, "BOOKKEEPER")),
                (t, rs) -> assertAtMostOneOf(t, rs, "AUDITOR", "BOOKKEEPER"));
    }

    @Test
    void D15_auditorAndUserAdminGrantedAtOnce_neverBothHeld() {
        race("AUDITOR + USER_ADMIN", () -> auditorCandidate(), t -> List.of(
                () -> grant(c.admin(), t, "AUDITOR"), () -> grant(c.admin(), t, "USER_ADMIN")),
                (t, rs) -> assertAtMostOneOf(t, rs, "AUDITOR", "USER_ADMIN"));
    }

    @Test
    void D15_aGrantAndACopyAtOnce_neverBothHeld() {
        Person x = Delegation.member(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), x.userId(), "BOOKKEEPER");
        race("AUDITOR grant + copy of a BOOKKEEPER", () -> auditorCandidate(), t -> List.of(
                () -> grant(c.admin(), t, "AUDITOR"),
                () -> Api.post(Delegation.rolesPath(c.id(), t) + "/copy", c.admin(), object("fromUserId", x.userId()))),
                (t, rs) -> assertAtMostOneOf(t, rs, "AUDITOR", "BOOKKEEPER"));
    }

    @Test
    void theSameUserIdCreatedTwiceAtOnce_oneAccount_one201_one409() {
        race("the same user id twice", () -> Scenario.unique("twin"), id -> List.of(
                () -> create(c.admin(), c.id(), id, null), () -> create(c.admin(), c.id(), id, null)),
                (id, rs) -> {
                    assertEquals(List.of(201, 409), sorted(rs), id);
                    assertEquals(id, Scenario.account(id).getString("userId"));
                });
    }

    @Test
    void D11_theSameIdentityCodeAddedInTwoCompaniesAtOnce_onePerson_inBoth() {
        Company other = Delegation.company(false, true);
        race("the same identity code in two companies", Scenario::finnishIdentityCode, code -> List.of(
                () -> create(c.admin(), c.id(), Scenario.unique("p"), code),
                () -> create(other.admin(), other.id(), Scenario.unique("p"), code)),
                (code, rs) -> {
                    assertEquals(List.of(200, 201), sorted(rs), "one creates the person, the other authorises them");
                    String first = rs.get(0).json().getJsonObject("user").getString("userId");
                    String second = rs.get(1).json().getJsonObject("user").getString("userId");
                    assertEquals(first, second, "one person, not two");
                    assertEquals(Set.of(c.id(), other.id()), Scenario.membershipsOf(first).keySet());
                });
    }

    @Test
    void D11_theSameIdentityCodeAddedTwiceInOneCompanyAtOnce_onePerson_one201_one409() {
        race("the same identity code twice in one company", Scenario::finnishIdentityCode, code -> List.of(
                () -> create(c.admin(), c.id(), Scenario.unique("p"), code),
                () -> create(c.admin(), c.id(), Scenario.unique("p"), code)),
                (code, rs) -> assertEquals(List.of(201, 409), sorted(rs)));
    }

    @Test
    void twoChangesOfOneMembershipWithTheSameVersion_one200_one409() {
        race("two PUTs of one version", () -> Delegation.member(c.admin(), c.id()).userId(), t -> {
            long v = Delegation.membership(c.admin(), c.id(), t).getJsonNumber("version").longValue();
            return List.of(() -> put(t, "LEDGER", v, null), () -> put(t, "SEARCH", v, null));
        }, (t, rs) -> assertEquals(List.of(200, 409), sorted(rs)));
    }

    @Test
    void twoChangesOfOneMembershipWithTheSameIfMatch_one200_one412() {
        race("two PUTs with one If-Match", () -> Delegation.member(c.admin(), c.id()).userId(), t -> {
            String etag = Api.get(Delegation.memberPath(c.id(), t), c.admin()).expect(200).header("ETag").orElseThrow();
            return List.of(() -> put(t, "LEDGER", null, etag), () -> put(t, "SEARCH", null, etag));
        }, (t, rs) -> assertEquals(List.of(200, 412), sorted(rs)));
    }

    @Test
    void twoManagerChangesThatWouldCloseALoop_atOnce_oneWins_theHierarchyStaysATree() {
        race("A under B and B under A", () -> new long[] {Register.employee(c.admin(), c.id(), null),
            Register.employee(c.admin(), c.id(), null)}, e -> {
                JsonObject a = Register.read(c.admin(), c.id(), e[0]);
                JsonObject b = Register.read(c.admin(), c.id(), e[1]);
                return List.of(() -> Api.put(Register.employee(c.id(), e[0]), c.admin(), Register.withManager(a, e[1])),
                        () -> Api.put(Register.employee(c.id(), e[1]), c.admin(), Register.withManager(b, e[0])));
            }, (e, rs) -> {
                assertEquals(List.of(200, 400), sorted(rs), "the second change would close a loop");
                JsonObject a = Register.read(c.admin(), c.id(), e[0]);
                JsonObject b = Register.read(c.admin(), c.id(), e[1]);
                assertTrue(a.isNull("managerEmployeeId") || b.isNull("managerEmployeeId"), a + " " + b);
            });
    }

    @Test
    void theSameCostCentreCodeAndEmployeeNumberAddedTwiceAtOnce_one201_one409() {
        race("the same cost centre code twice", () -> Scenario.unique("K"), code -> List.of(
                () -> Api.post(Register.costCentres(c.id()), c.admin(), object("code", code, "name", "one")),
                () -> Api.post(Register.costCentres(c.id()), c.admin(), object("code", code, "name", "two"))),
                (code, rs) -> assertEquals(List.of(201, 409), sorted(rs), code));
        race("the same employee number twice", () -> Register.body(null).build().toString(), body -> List.of(
                () -> Api.post(Register.employees(c.id()), c.admin(), body),
                () -> Api.post(Register.employees(c.id()), c.admin(), body)),
                (body, rs) -> assertEquals(List.of(201, 409), sorted(rs), body));
    }

    @Test
    void twoAccountsLinkedToOneEmployeeAtOnce_oneLinked_one409() {
        race("two accounts to one employee record", () -> Register.employee(c.admin(), c.id(), null), e -> {
            String one = Delegation.member(c.admin(), c.id()).userId();
            String two = Delegation.member(c.admin(), c.id()).userId();
            return List.of(() -> Api.put(Register.link(one), c.admin(), object("companyId", c.id(), "employeeId", e)),
                    () -> Api.put(Register.link(two), c.admin(), object("companyId", c.id(), "employeeId", e)));
        }, (e, rs) -> {
            assertEquals(List.of(200, 409), sorted(rs), "one record, one account");
            assertFalse(Register.read(c.admin(), c.id(), e).isNull("linkedUserId"));
        });
    }

    @Test
    void twoChangesOfOneAccountWithTheSameVersion_one200_one409() {
        race("two PATCHes of one account", () -> Delegation.member(c.admin(), c.id()).userId(), t -> {
            long v = Scenario.account(t).getJsonNumber("version").longValue();
            return List.of(() -> Api.patch(V1 + "/users/" + t, c.admin(), object("signature", "AA", "version", v)),
                    () -> Api.patch(V1 + "/users/" + t, c.admin(), object("signature", "BB", "version", v)));
        }, (t, rs) -> assertEquals(List.of(200, 409), sorted(rs)));
    }

    @Test
    void ordinaryLoad_grantsAndCompaniesFromEightClients_allSucceed() throws Exception {
        List<Callable<Api.Response>> work = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Company k = Delegation.company(false, true);
            for (int j = 0; j < 10; j++) {
                Person p = Delegation.member(k.admin(), k.id());
                String role = j % 2 == 0 ? "BOOKKEEPER" : "SUPERVISOR";
                work.add(() -> grant(k.admin(), p.userId(), role, k.id()));
            }
        }
        for (int i = 0; i < 40; i++) {
            work.add(() -> Api.post(V1 + "/companies", Scenario.support(),
                    Scenario.companyBody(false, true, false, null, null).build().toString()));
        }
        List<Future<Api.Response>> done = pool.invokeAll(work, 10, TimeUnit.MINUTES);
        List<String> bad = new ArrayList<>();
        for (Future<Api.Response> f : done) {
            Api.Response r = f.get();
            count(r);
            if (r.status() != 201) {
                bad.add(r.status() + " " + r.body());
            }
        }
        assertEquals(List.of(), bad, work.size() + " requests from 8 clients");
    }

    // ---------------------------------------------------------------- the race

    interface Check<T> {
        void accept(T subject, List<Api.Response> answers);
    }

    private <T> void race(String name, Supplier<T> subject, java.util.function.Function<T, List<Callable<Api.Response>>> calls,
            Check<T> check) {
        for (int round = 0; round < ROUNDS; round++) {
            T s = subject.get();
            List<Callable<Api.Response>> cs = calls.apply(s);
            CyclicBarrier start = new CyclicBarrier(cs.size());
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Callable<Api.Response> call : cs) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                try {
                    Api.Response r = f.get(2, TimeUnit.MINUTES);
                    count(r);
                    answers.add(r);
                } catch (Exception e) {
                    throw new AssertionError(name + ", round " + round + ": " + e, e);
                }
            }
            for (Api.Response r : answers) {
                assertTrue(r.status() < 500, name + ", round " + round + ": " + r.status() + " " + r.body());
                if (r.status() >= 400) {
                    assertTrue(r.contentType().startsWith(Api.PROBLEM_JSON), r.contentType() + " " + r.body());
                }
            }
            answers.sort((x, y) -> Integer.compare(x.status(), y.status()));
            try {
                check.accept(s, answers);
            } catch (AssertionError e) {
                throw new AssertionError(name + ", round " + round + ": " + e.getMessage() + " " + bodies(answers), e);
            }
        }
    }

    private synchronized void count(Api.Response r) {
        requests++;
        statuses.merge(Integer.toString(r.status()), 1, Integer::sum);
    }

    private void assertAtMostOneOf(String target, List<Api.Response> rs, String one, String other) {
        Set<String> held = Delegation.roles(c.admin(), c.id(), target);
        assertFalse(held.contains(one) && held.contains(other), "D15 broken: " + held);
        long granted = rs.stream().filter(r -> r.status() == 201 || r.status() == 200).count();
        assertEquals(1, granted, "exactly one of the two goes through");
        Api.Response loser = rs.stream().filter(r -> r.status() >= 400).findFirst().orElseThrow();
        assertEquals(403, loser.status(), loser.body());
        assertEquals("D15", loser.json().getString("rule"), loser.body());
    }

    private static List<Integer> sorted(List<Api.Response> rs) {
        return rs.stream().map(Api.Response::status).sorted().toList();
    }

    private static String bodies(List<Api.Response> rs) {
        return rs.stream().map(r -> r.status() + " " + r.body()).toList().toString();
    }

    // ---------------------------------------------------------------- requests

    /** A member of C whose primary company is the auditors' organisation: may become AUDITOR (D7). */
    private String auditorCandidate() {
        return Delegation.outsider(auditors, c.admin(), c.id(), false).userId();
    }

    private Api.Response grant(String token, String userId, String role) {
        return grant(token, userId, role, c.id());
    }

    private static Api.Response grant(String token, String userId, String role, long companyId) {
        return Api.post(Delegation.rolesPath(companyId, userId), token, object("role", role));
    }

    private static Api.Response create(String token, long companyId, String userId, String identityCode) {
        JsonObject body = identityCode == null ? Api.parse(object("userId", userId)).asJsonObject()
                : Api.parse(object("userId", userId, "country", "FI", "personalIdentityCode", identityCode)).asJsonObject();
        return Api.post(V1 + "/companies/" + companyId + "/users", token, body.toString());
    }

    private Api.Response put(String userId, String profile, Long version, String ifMatch) {
        String body = version == null ? object("accountingProfile", profile)
                : object("accountingProfile", profile, "version", version);
        return ifMatch == null ? Api.put(Delegation.memberPath(c.id(), userId), c.admin(), body)
                : Api.send("PUT", Delegation.memberPath(c.id(), userId), c.admin(), body, Map.of("If-Match", ifMatch));
    }
}
