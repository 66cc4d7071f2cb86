package app.rolegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API documents itself (issue: a portal generates a client from /openapi): the document the
 * running server serves is read by swagger-parser, the parser OpenAPI generators use, without
 * errors; every operation has a summary, a tag and its problem answers; and the grant, create-user
 * and check calls describe their request and response bodies field by field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {
    private static final String PROBLEM = "application/problem+json";
    private OpenAPI api;

    @BeforeAll
    void read() {
        Api.Response r = Api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json"));
        r.expect(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(),
                "the parser's complaints about /openapi");
        api = result.getOpenAPI();
        assertNotNull(api);
    }

    @Test
    void everyOperation_hasASummaryATagAndItsProblemAnswers() {
        List<String> missing = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String name = method + " " + path;
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                missing.add(name + ": no summary");
            }
            if (op.getTags() == null || op.getTags().isEmpty()) {
                missing.add(name + ": no tag");
            }
            // The calls without a bearer token (ProblemResponses.OPEN) refuse nobody by a rule: no 403.
            boolean open = path.endsWith("/auth/token") || path.endsWith("/idp/verifications/{token}");
            List<String> errors = open ? List.of("400", "401", "404", "409") : List.of("400", "401", "403", "404", "409");
            for (String code : errors) {
                ApiResponse a = op.getResponses().get(code);
                if (a == null || a.getContent() == null || a.getContent().get(PROBLEM) == null) {
                    missing.add(name + ": no " + code + " problem answer");
                } else if (a.getContent().get(PROBLEM).getExamples() == null) {
                    missing.add(name + ": " + code + " without an example");
                }
            }
            boolean success = op.getResponses().keySet().stream().anyMatch(c -> c.startsWith("2"));
            if (!success) {
                missing.add(name + ": no success answer");
            }
            if ((method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH)
                    && op.getResponses().get("412") == null) {
                missing.add(name + ": no 412 for a stale If-Match");
            }
        }));
        assertEquals(List.of(), missing);
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        assertTrue(problem.getProperties().keySet().containsAll(Set.of("type", "title", "status", "detail", "rule",
                "field", "requestId")), problem.getProperties().keySet().toString());
    }

    @Test
    void grant_documentsRoleCodesScopesAndTheGrantMade() {
        Operation grant = api.getPaths().get("/api/v1/companies/{cid}/members/{uid}/roles").getPost();
        Schema<?> body = schema(grant.getRequestBody().getContent().get("application/json"));
        assertEquals(List.of("role"), body.getRequired());
        assertEquals(liveRoles(), new TreeSet<>(enumOf(property(body, "role"))), "the documented role codes are the server's");
        assertEquals(Set.of("COMPANY", "COST_CENTRE", "HIERARCHY"), Set.copyOf(enumOf(property(body, "scope"))));
        assertEquals("date", property(body, "validFrom").getFormat());
        assertEquals("date", property(body, "validTo").getFormat());
        assertTrue(body.getProperties().containsKey("requestedBy"));
        Schema<?> made = schema(grant.getResponses().get("201").getContent().get("application/json"));
        assertTrue(made.getProperties().keySet().containsAll(Set.of("role", "scope", "costCentre", "validFrom",
                "validTo", "grantedBy", "grantedAt", "origin", "warnings")), made.getProperties().keySet().toString());
        assertEquals("array", property(made, "warnings").getType() == null ? first(property(made, "warnings").getTypes())
                : property(made, "warnings").getType());
    }

    @Test
    void createUser_documentsFieldsLimitsAndTheMembershipTerms() {
        Operation create = api.getPaths().get("/api/v1/companies/{cid}/users").getPost();
        Schema<?> body = schema(create.getRequestBody().getContent().get("application/json"));
        assertEquals(List.of("userId"), body.getRequired());
        assertEquals(Integer.valueOf(100), property(body, "userId").getMaxLength());
        assertNotNull(property(body, "userId").getPattern());
        assertEquals(Integer.valueOf(8), property(body, "password").getMinLength());
        assertEquals(Integer.valueOf(254), property(body, "email").getMaxLength());
        Schema<?> terms = resolve(property(body, "membership"));
        assertEquals(Set.of("ALL_RIGHTS", "SALES_LEDGER", "PURCHASE_LEDGER", "LEDGER", "COMPANY_USER", "SEARCH", "NONE"),
                Set.copyOf(enumOf(property(terms, "accountingProfile"))));
        assertTrue(terms.getProperties().containsKey("overrides"));
        Schema<?> member = schema(create.getResponses().get("201").getContent().get("application/json"));
        assertTrue(member.getProperties().keySet().containsAll(Set.of("user", "companyId", "roles", "version",
                "existingPersonAuthorised")), member.getProperties().keySet().toString());
    }

    @Test
    void check_documentsTheQuestionAndTheAnswer() {
        Operation check = api.getPaths().get("/api/v1/check").getPost();
        Schema<?> body = schema(check.getRequestBody().getContent().get("application/json"));
        assertEquals(Set.of("userId", "companyId", "permission"), Set.copyOf(body.getRequired()));
        assertTrue(enumOf(property(body, "permission")).contains("accounting.read"));
        Schema<?> answer = schema(check.getResponses().get("200").getContent().get("application/json"));
        assertEquals(Set.of("allowed", "reasons"), answer.getProperties().keySet());
    }

    /** The roles the server knows, as the grant dialog lists them. */
    private static Set<String> liveRoles() {
        Scenario.CompanyRef c = Scenario.company();
        String member = Scenario.userWithoutPassword(c.firstUserToken(), c.id());
        JsonObject roles = Api.get(Api.V1 + "/companies/" + c.id() + "/members/" + member + "/grantable-roles",
                c.firstUserToken()).expect(200).json();
        return roles.getJsonArray("roles").stream().map(v -> v.asJsonObject().getString("role"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Schema<?> schema(MediaType m) {
        assertNotNull(m, "no application/json content");
        return resolve(m.getSchema());
    }

    private Schema<?> resolve(Schema<?> s) {
        if (s.get$ref() != null) {
            String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
            return api.getComponents().getSchemas().get(name);
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            return resolve(s.getAllOf().get(0));
        }
        return s;
    }

    private Schema<?> property(Schema<?> s, String name) {
        Schema<?> p = s.getProperties().get(name);
        assertNotNull(p, "no property " + name + " in " + s.getProperties().keySet());
        return resolve(p);
    }

    private static List<String> enumOf(Schema<?> s) {
        assertNotNull(s.getEnum(), "no enum");
        return s.getEnum().stream().map(String::valueOf).toList();
    }

    private static String first(Set<String> types) {
        return types == null || types.isEmpty() ? null : types.iterator().next();
    }
}
