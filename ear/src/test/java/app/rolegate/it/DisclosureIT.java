package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.ApiCatalogue.Op;
import app.rolegate.it.Scenario.CompanyRef;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SPEC 2.1, walked over every operation of the API (as /openapi lists it): an administrator of another
 * company and a plain user ask about a company that exists and one that does not, and about users who
 * are members there, outsiders elsewhere and unknown. Where 2.1 says so the answers are the same 404,
 * byte for byte less the request id; no answer names a company or a person the caller may not see;
 * and every such refusal is a platform audit event, none of them in the probed company's log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureIT {
    /** Values for path parameters other than {cid} and {uid}. */
    private static final Map<String, String> OTHERS = Map.of("role", "BOOKKEEPER", "eid", "1", "token",
            "0123456789abcdef", "tid", "1");

    private ApiCatalogue catalogue;
    private CompanyRef a;
    private CompanyRef c;
    private long unknownCompany;
    private String member;
    private String outsider;
    private String unknownUser;
    private final Map<String, String> callers = new LinkedHashMap<>();
    private final Set<String> foreignWords = new HashSet<>();

    @BeforeAll
    void setUp() {
        catalogue = ApiCatalogue.read();
        a = Scenario.company();
        c = Scenario.company();
        CompanyRef b = Scenario.company();
        member = Scenario.createUser(a.firstUserToken(), a.id(), "firstName", "Mirjam", "lastName", "Membersson",
                "cardId", "card-" + UUID.randomUUID(), "aliasUserId", "9" + System.nanoTime() % 1_000_000_000L)
                .getJsonObject("user").getString("userId");
        outsider = Scenario.createUser(c.firstUserToken(), c.id(), "firstName", "Otto", "lastName", "Outsidersson")
                .getJsonObject("user").getString("userId");
        unknownUser = Scenario.unique("nobody");
        unknownCompany = 9_000_000_000L + System.nanoTime() % 1_000_000L;
        callers.put("administrator of another company", b.firstUserToken());
        callers.put("plain user", Scenario.login(Scenario.user(b.firstUserToken(), b.id())));
        foreignWords.addAll(List.of(a.name(), c.name(), "Mirjam", "Membersson", "Otto", "Outsidersson"));
    }

    @Test
    void everyOperation_answersAlikeForUnknownAndInvisible_andNamesNothingForeign() {
        List<String> problems = new ArrayList<>();
        List<String> requestIds = new ArrayList<>();
        int requests = 0;
        for (Op op : catalogue.operations()) {
            Kind kind = kind(op);
            if (kind == Kind.UNCLASSIFIED) {
                problems.add(op + ": not classified by this walk; say what 2.1 means for it");
                continue;
            }
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                Map<String, Api.Response> answers = new LinkedHashMap<>();
                for (long cid : companies(kind)) {
                    for (String uid : users(kind, op)) {
                        String rid = "walk-" + UUID.randomUUID();
                        Api.Response r = send(op, kind, caller.getValue(), cid, uid, rid);
                        requests++;
                        answers.put("company " + (cid == a.id() ? "that exists" : "that does not") + ", user "
                                + (uid.equals(member) ? "member" : uid.equals(outsider) ? "outsider" : "unknown"), r);
                        if (r.status() == 404) {
                            requestIds.add(rid);
                        }
                        for (String w : foreignWords) {
                            if (r.body().contains(w)) {
                                problems.add(op + " as " + caller.getKey() + ": the answer names '" + w + "': " + r.body());
                            }
                        }
                    }
                }
                check(op, kind, caller.getKey(), answers, problems);
            }
        }
        System.out.printf("DisclosureIT: %d operations, %d requests as %d callers, %d answered 404%n",
                catalogue.operations().size(), requests, callers.size(), requestIds.size());
        assertEquals(List.of(), problems);
        assertTrue(requestIds.size() > 50, "the walk made " + requestIds.size() + " refusals");
        // Every 404 is an audit event, of the platform, never of the company probed.
        Set<String> platform = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonObject p = Api.get(V1 + "/platform/audit?size=1000&page=" + page, Scenario.support()).expect(200).json();
            p.getJsonArray("items").forEach(v -> platform.add(v.asJsonObject().getString("requestId", "")));
            if ((long) (page + 1) * 1000 >= p.getJsonNumber("total").longValue()) {
                break;
            }
        }
        List<String> missing = requestIds.stream().filter(id -> !platform.contains(id)).toList();
        assertEquals(List.of(), missing, "404s without a platform audit event");
        Set<String> inA = new HashSet<>();
        for (JsonValue v : Scenario.audit(a.firstUserToken(), a.id(), "size=1000")) {
            inA.add(v.asJsonObject().getString("requestId", ""));
        }
        assertFalse(requestIds.stream().anyMatch(inA::contains), "a probe shows in the probed company's log");
    }

    /** What 2.1 says of an operation. */
    enum Kind {
        /** Under /companies/{cid}: the same 404 for the existing company and the unknown one, whatever user. */
        COMPANY,
        /** Under /users/{uid}: the same 404 for a member elsewhere, an outsider and an unknown user. */
        USER,
        /** The check: the same 404 for a company one is not a member of, whatever the user asked about. */
        CHECK,
        /** Opening a client under a company: the same answer whatever the company named. */
        OPEN_CLIENT,
        /** Lookup by card or alias: the same answer for a member elsewhere and an unknown card. */
        LOOKUP,
        /** Names no company or user: only that it names nothing foreign. */
        NONE,
        UNCLASSIFIED
    }

    private static Kind kind(Op op) {
        String p = op.path();
        if (p.contains("{cid}")) {
            return Kind.COMPANY;
        }
        if (p.startsWith(V1 + "/users/{uid}")) {
            return Kind.USER;
        }
        if (p.equals(V1 + "/check")) {
            return Kind.CHECK;
        }
        if (p.equals(V1 + "/companies") && "POST".equals(op.method())) {
            return Kind.OPEN_CLIENT;
        }
        if (p.equals(V1 + "/lookup")) {
            return Kind.LOOKUP;
        }
        if (p.startsWith(V1 + "/platform/") || p.equals(V1 + "/me") || p.equals(V1 + "/auth/token")
                || p.startsWith(V1 + "/idp/verifications/")) {
            return Kind.NONE;
        }
        return Kind.UNCLASSIFIED;
    }

    private List<Long> companies(Kind kind) {
        return switch (kind) {
            case COMPANY, CHECK, OPEN_CLIENT -> List.of(a.id(), unknownCompany);
            default -> List.of(a.id());
        };
    }

    private List<String> users(Kind kind, Op op) {
        return switch (kind) {
            case USER, CHECK, LOOKUP -> List.of(member, outsider, unknownUser);
            case COMPANY -> op.path().contains("{uid}") || bodyNamesAUser(op)
                    ? List.of(member, outsider, unknownUser) : List.of(member);
            default -> List.of(member);
        };
    }

    private boolean bodyNamesAUser(Op op) {
        return op.hasBody() && catalogue.properties(op.body()).stream()
                .anyMatch(n -> Set.of("userId", "fromUserId").contains(n));
    }

    private Api.Response send(Op op, Kind kind, String token, long cid, String uid, String rid) {
        String path = ApiCatalogue.fill(op.path(), cid, uid, OTHERS);
        if (kind == Kind.LOOKUP) {
            JsonObject account = uid.equals(unknownUser) ? null : Scenario.account(uid);
            String card = account == null ? "no-such-card" : account.getString("cardId", "no-card-" + uid);
            path = path + "?cardId=" + card;
        }
        if (op.queryParameters().contains("companyId")) {
            // The company a call about a user acts for, where it has no body to name it in (DELETE).
            path = path + (path.contains("?") ? "&" : "?") + "companyId=" + cid;
        }
        String body = op.hasBody() ? catalogue.minimalBody(op.body(), cid, uid).toString() : null;
        return Api.send(op.method(), path, token, body, Map.of("X-Request-Id", rid));
    }

    private static void check(Op op, Kind kind, String caller, Map<String, Api.Response> answers, List<String> problems) {
        if (kind == Kind.NONE) {
            answers.values().forEach(r -> {
                if (r.status() >= 500) {
                    problems.add(op + " as " + caller + ": " + r.status());
                }
            });
            return;
        }
        String first = null;
        String firstCase = null;
        for (Map.Entry<String, Api.Response> e : answers.entrySet()) {
            Api.Response r = e.getValue();
            boolean must404 = kind == Kind.COMPANY || kind == Kind.USER || kind == Kind.CHECK;
            if (must404 && r.status() != 404) {
                problems.add(op + " as " + caller + ", " + e.getKey() + ": " + r.status() + " " + r.body());
            }
            // A 404 must match byte for byte (less the request id); any other answer may echo the path asked.
            String body = r.body().replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"-\"");
            if (r.status() != 404) {
                body = body.replaceAll("\"instance\":\"[^\"]*\",?", "");
            }
            if (first == null) {
                first = body;
                firstCase = e.getKey();
            } else if (!first.equals(body)) {
                problems.add(op + " as " + caller + ": '" + firstCase + "' and '" + e.getKey() + "' differ: " + first
                        + " / " + body);
            }
        }
    }
}
