package app.rolegate.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of the API as the running server documents it at /openapi, with a minimal valid
 * request body built from its schema: the list the disclosure walk and the fuzz test go through, so
 * that an operation added later is covered without anyone remembering to add it.
 */
final class ApiCatalogue {
    /** One operation: method, path template, the operation as documented, its JSON body schema (or null). */
    record Op(String method, String path, Operation operation, Schema<?> body) {
        boolean hasBody() {
            return body != null;
        }

        List<String> queryParameters() {
            List<String> names = new ArrayList<>();
            if (operation.getParameters() != null) {
                for (Parameter p : operation.getParameters()) {
                    if ("query".equals(p.getIn())) {
                        names.add(p.getName());
                    }
                }
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final OpenAPI api;
    private final List<Op> operations = new ArrayList<>();

    private ApiCatalogue(OpenAPI api) {
        this.api = api;
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Schema<?> body = null;
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                MediaType json = op.getRequestBody().getContent().get("application/json");
                body = json == null ? null : resolve(json.getSchema());
            }
            operations.add(new Op(method.name(), path, op, body));
        }));
        operations.sort(Comparator.comparing(Op::path).thenComparing(Op::method));
    }

    /** The catalogue of the server under test. */
    static ApiCatalogue read() {
        Api.Response r = Api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json")).expect(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new ApiCatalogue(new OpenAPIV3Parser().readContents(r.body(), null, options).getOpenAPI());
    }

    List<Op> operations() {
        return operations;
    }

    Schema<?> resolve(Schema<?> s) {
        if (s == null) {
            return null;
        }
        if (s.get$ref() != null) {
            return resolve(api.getComponents().getSchemas().get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1)));
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            return resolve(s.getAllOf().get(0));
        }
        return s;
    }

    /** The property names of an object schema. */
    Set<String> properties(Schema<?> s) {
        return s == null || s.getProperties() == null ? Set.of() : s.getProperties().keySet();
    }

    Schema<?> property(Schema<?> s, String name) {
        return resolve(s.getProperties().get(name));
    }

    static String typeOf(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return s.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse("string");
        }
        return s.getProperties() != null ? "object" : "string";
    }

    /**
     * A minimal valid body: the required fields, each a plausible value of its schema; fields that name a
     * company or a user take the values given, so that a request reaches the decision it is meant to.
     */
    JsonObject minimalBody(Schema<?> schema, long companyId, String userId) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        // A body that requires nothing (a partial change) still names one field, or it changes nothing.
        String oneField = !required.isEmpty() ? null : properties(schema).contains("firstName") ? "firstName"
                : properties(schema).stream().filter(n -> "string".equals(typeOf(property(schema, n)))).findFirst()
                        .orElse(null);
        for (String name : properties(schema)) {
            boolean wanted = required.contains(name) || name.equals(oneField)
                    || Set.of("companyId", "openedUnder").contains(name);
            if (wanted) {
                add(b, name, property(schema, name), companyId, userId);
            }
        }
        return b.build();
    }

    private void add(JsonObjectBuilder b, String name, Schema<?> s, long companyId, String userId) {
        switch (name) {
            case "companyId", "openedUnder" -> b.add(name, companyId);
            case "userId", "fromUserId", "requestedBy" -> b.add(name, userId);
            case "password", "clientSecret" -> b.add(name, "walk-Passw0rd");
            case "name" -> b.add(name, Scenario.unique("Walk"));
            case "email" -> b.add(name, "walk@example.test");
            default -> {
                if (s.getEnum() != null && !s.getEnum().isEmpty()) {
                    b.add(name, String.valueOf(s.getEnum().get(0)));
                    return;
                }
                switch (typeOf(s)) {
                    case "integer" -> b.add(name, 1);
                    case "number" -> b.add(name, 1);
                    case "boolean" -> b.add(name, false);
                    case "array" -> b.add(name, Json.createArrayBuilder());
                    case "object" -> b.add(name, minimalBody(s, companyId, userId));
                    default -> b.add(name, "date".equals(s.getFormat()) ? LocalDate.now().toString() : "x");
                }
            }
        }
    }

    /** The path with its parameters filled in: {cid}, {uid}, and a fixed value for any other. */
    static String fill(String path, long companyId, String userId, Map<String, String> others) {
        String p = path.replace("{cid}", Long.toString(companyId)).replace("{uid}", userId);
        for (Map.Entry<String, String> e : others.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        return p;
    }

    static boolean isWrite(Op op) {
        return !"GET".equals(op.method());
    }

    static PathItem.HttpMethod method(Op op) {
        return PathItem.HttpMethod.valueOf(op.method());
    }
}
