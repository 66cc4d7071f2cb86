package app.rolegate.it;

import static app.rolegate.it.Api.V1;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * Builds a company's employee register through the real API (SPEC 5.1-5.3): cost centres, employee records
 * with a home cost centre history and a manager, links of accounts to records, the company's settings.
 */
final class Register {
    private Register() {
    }

    static String costCentres(long companyId) {
        return V1 + "/companies/" + companyId + "/cost-centres";
    }

    static String employees(long companyId) {
        return V1 + "/companies/" + companyId + "/employees";
    }

    static String employee(long companyId, long employeeId) {
        return employees(companyId) + "/" + employeeId;
    }

    static String settings(long companyId) {
        return V1 + "/companies/" + companyId + "/settings";
    }

    static String link(String userId) {
        return V1 + "/users/" + userId + "/employee";
    }

    /** Adds a cost centre; fails unless 201. */
    static void costCentre(String token, long companyId, String code) {
        Api.post(costCentres(companyId), token, Api.object("code", code, "name", "Cost centre " + code)).expect(201);
    }

    /** An entry of a home cost centre history. */
    record Home(String costCentre, LocalDate from) {
    }

    static Home home(String costCentre, LocalDate from) {
        return new Home(costCentre, from);
    }

    /** An employee body: a fresh number, names, an open employment since 2020, the manager and history given. */
    static JsonObjectBuilder body(Long managerId, Home... history) {
        JsonArrayBuilder homes = Json.createArrayBuilder();
        for (Home h : history) {
            homes.add(Json.createObjectBuilder().add("costCentre", h.costCentre()).add("from", h.from().toString()));
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("number", Scenario.unique("n"))
                .add("firstName", "Emma").add("lastName", "Ployee")
                .add("employments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("start", "2020-01-01")
                        .addNull("end")))
                .add("homeCostCentres", homes);
        if (managerId != null) {
            b.add("managerEmployeeId", managerId);
        }
        return b;
    }

    /** Adds an employee record; fails unless 201; its answer. */
    static JsonObject add(String token, long companyId, JsonObjectBuilder body) {
        return Api.post(employees(companyId), token, body.build().toString()).expect(201).json();
    }

    /** Adds an employee under the manager (or at the top) with the history; its id. */
    static long employee(String token, long companyId, Long managerId, Home... history) {
        return add(token, companyId, body(managerId, history)).getJsonNumber("id").longValue();
    }

    static JsonObject read(String token, long companyId, long employeeId) {
        return Api.get(employee(companyId, employeeId), token).expect(200).json();
    }

    /** Links the account to the employee record; fails unless 200. */
    static JsonObject linkTo(String token, String userId, long companyId, long employeeId) {
        return Api.put(link(userId), token, Api.object("companyId", companyId, "employeeId", employeeId)).expect(200)
                .json();
    }

    /** Sets the company's permission tolerance days; fails unless 200. */
    static void tolerance(String token, long companyId, int days) {
        Api.put(settings(companyId), token, Api.object("permissionToleranceDays", days)).expect(200);
    }

    /** The body of a PUT that moves the employee under another manager (null: to the top), all else as read. */
    static String withManager(JsonObject read, Long managerId) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (String f : new String[] {"number", "firstName", "lastName", "email", "employments", "homeCostCentres"}) {
            b.add(f, read.get(f));
        }
        if (managerId == null) {
            b.addNull("managerEmployeeId");
        } else {
            b.add("managerEmployeeId", managerId);
        }
        return b.build().toString();
    }

    /** The same record as read, as a PUT body, with one field replaced. */
    static String with(JsonObject read, String field, jakarta.json.JsonValue value) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (String f : new String[] {"number", "firstName", "lastName", "email", "managerEmployeeId", "employments",
            "homeCostCentres"}) {
            b.add(f, f.equals(field) ? value : read.get(f));
        }
        return b.build().toString();
    }
}
