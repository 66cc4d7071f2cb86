package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The employee register's facts that the employment-based activation reads (SPEC 5.3), made through the API:
 * an employee record with its employments ({@code POST /companies/{cid}/employees}), linked to a user
 * ({@code PUT /users/{uid}/employee}), and the user's N and M ({@code PUT /users/{uid}/activation-policy}).
 */
final class Employments {
    private Employments() {
    }

    /** One employee record linked to a user, with the periods it has. */
    record Employee(long companyId, long id, String number, List<LocalDate[]> periods) {
    }

    static Employee link(String adminToken, long companyId, String userId, Integer n, Integer m, LocalDate start,
            LocalDate end) {
        String number = Scenario.unique("E").replace(".", "");
        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {start, end});
        long id = Api.post(V1 + "/companies/" + companyId + "/employees", adminToken,
                employeeBody(number, userId, periods)).expect(201).json().getJsonNumber("id").longValue();
        Api.put(V1 + "/users/" + userId + "/employee", adminToken, object("companyId", companyId, "employeeId", id))
                .expect(200);
        Api.put(V1 + "/users/" + userId + "/activation-policy", adminToken,
                object("deactivateDaysAfterEnd", n, "reactivateDaysBeforeStart", m)).expect(200);
        return new Employee(companyId, id, number, periods);
    }

    static void addEmployment(String adminToken, String userId, Employee e, LocalDate start, LocalDate end) {
        e.periods().add(new LocalDate[] {start, end});
        Api.put(V1 + "/companies/" + e.companyId() + "/employees/" + e.id(), adminToken,
                employeeBody(e.number(), userId, e.periods())).expect(200);
    }

    private static String employeeBody(String number, String userId, List<LocalDate[]> periods) {
        JsonArrayBuilder employments = Json.createArrayBuilder();
        for (LocalDate[] p : periods) {
            employments.add(Json.createObjectBuilder().add("start", p[0].toString())
                    .add("end", p[1] == null ? jakarta.json.JsonValue.NULL : Json.createValue(p[1].toString())));
        }
        JsonObject body = Json.createObjectBuilder().add("number", number).add("firstName", "Employee")
                .add("lastName", userId).add("employments", employments).build();
        return body.toString();
    }
}
