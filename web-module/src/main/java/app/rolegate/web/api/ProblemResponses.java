package app.rolegate.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the OpenAPI document the error answers every call can give, as
 * {@code application/problem+json} with the Problem schema and an example, so that a generated client
 * knows them: 400 (bad input, naming the field), 401, 403 (naming the rule), 404 (SPEC 2.1: alike for
 * unknown and invisible), 409, 413, 415, 503. The token call, which needs no token, also answers 429.
 * Registered in META-INF/microprofile-config.properties ({@code mp.openapi.filter}).
 */
public class ProblemResponses implements OASFilter {
    private static final String PROBLEM = "application/problem+json";

    private static final Map<String, String[]> ANSWERS = Map.of(
            "400", new String[] {"Bad input; `field` names what is wrong, and nothing was changed", "invalid-input",
                "Invalid input", "firstUser.email is not an e-mail address"},
            "401", new String[] {"No valid bearer token, or its account may not act", "unauthorized", "Unauthorized",
                "A valid bearer token is required: it is missing, expired, or not one this server trusts."},
            "403", new String[] {"Refused by a rule, which `rule` names", "rule-denied", "Denied by rule D1",
                "Nobody grants, revokes or changes rights on their own membership"},
            "404", new String[] {"Nothing the caller may see is here (unknown and invisible alike, SPEC 2.1)", "not-found",
                "Not found", "There is nothing here that you may see."},
            "409", new String[] {"In conflict with the current state (a duplicate, a stale version)", "conflict",
                "Conflict", "the membership was changed by someone else; reload it and try again"},
            "413", new String[] {"The body is larger than the server takes", "payload-too-large", "Payload too large",
                "The request body is larger than 1048576 bytes"},
            "415", new String[] {"The body is not application/json", "unsupported-media-type", "Unsupported media type",
                "This resource does not accept this content type."},
            "503", new String[] {"The database stayed busy; nothing was changed, try again (Retry-After)", "busy", "Busy",
                "The database is busy with other changes to the same data; nothing was changed, try again shortly"});

    /** The calls open to anyone: they take no bearer token. */
    private static final java.util.Set<String> OPEN = java.util.Set.of("/api/v1/auth/token",
            "/api/v1/idp/verifications/{token}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            addProblems(operation, method);
            if (OPEN.contains(path)) {
                operation.setSecurity(java.util.List.of());
                operation.getResponses().removeAPIResponse("403");
            }
        }));
    }

    private static void addProblems(Operation operation, PathItem.HttpMethod method) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        for (Map.Entry<String, String[]> e : ANSWERS.entrySet()) {
            String code = e.getKey();
            if ((code.equals("413") || code.equals("415")) && !hasBody) {
                continue;
            }
            if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
                continue;
            }
            responses.addAPIResponse(code, problem(e.getValue()));
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            if (!responses.hasAPIResponse("412") || responses.getAPIResponse("412").getContent() == null) {
                responses.addAPIResponse("412", problem(new String[] {"If-Match names an older version",
                    "precondition-failed", "Precondition failed", "The membership was changed since it was read"}));
            }
        }
    }

    private static APIResponse problem(String[] a) {
        return OASFactory.createAPIResponse().description(a[0]).content(OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(a[1], OASFactory.createExample().value(Map.of("type", "https://rolegate.app/problems/"
                                + a[1], "title", a[2], "status", Integer.parseInt(statusOf(a[1])), "detail", a[3],
                                "requestId", "0f8f1a6e-5b0c-4a8a-9c2e-3e1d2c4b5a69")))));
    }

    private static String statusOf(String slug) {
        return ANSWERS.entrySet().stream().filter(e -> e.getValue()[1].equals(slug)).map(Map.Entry::getKey).findFirst()
                .orElse("412");
    }
}
