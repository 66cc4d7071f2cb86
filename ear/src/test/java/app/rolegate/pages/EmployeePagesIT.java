package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The cost centres and the employee register (SPEC 5.2, 5.3) on the admin pages, over the same service as
 * the API: adding cost centres; adding an employee with employment periods, a home cost centre history and
 * a manager, and changing it with the version read (an edit that came second is refused and the page shows
 * the current record); bad input named at its field and row, nothing saved; a plain member refused (D2) and
 * another company's administrator, editing the address, told "not found" (2.1). axe-core finds nothing.
 */
class EmployeePagesIT {
    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    private static Scenario.CompanyRef company;

    @BeforeAll
    static void start() {
        company = Scenario.company();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newSession() {
        browser.reset();
    }

    static String costCentres(long companyId) {
        return Api.V1 + "/companies/" + companyId + "/cost-centres";
    }

    static String employees(long companyId) {
        return Api.V1 + "/companies/" + companyId + "/employees";
    }

    /** A cost centre through the API; its code. */
    static String costCentre(String token, long companyId) {
        String code = Scenario.unique("K");
        Api.post(costCentres(companyId), token, Api.object("code", code, "name", "Centre " + code)).expect(201);
        return code;
    }

    /** An employee record through the API (an open employment since 2020); its answer. */
    static JsonObject employee(String token, long companyId, String firstName, String lastName, String email) {
        jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder().add("number", Scenario.unique("n"))
                .add("firstName", firstName).add("lastName", lastName)
                .add("employments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("start", "2020-01-01")
                        .addNull("end")));
        if (email != null) {
            b.add("email", email);
        }
        return Api.post(employees(companyId), token, b.build().toString()).expect(201).json();
    }

    private static long total(String path) {
        return Api.get(path + "?size=1", company.firstUserToken()).expect(200).json().getJsonNumber("total").longValue();
    }

    @Test
    void costCentresAreAddedAndListed_badInputAndATakenCodeAreNamedAtTheCode() {
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.click("navCostCentres");
        assertEquals("/admin/cost-centres.xhtml", browser.path());
        long before = total(costCentres(company.id()));
        browser.type("costCentre:code", "two words").type("costCentre:name", "Sales").click("costCentre:add");
        assertTrue(browser.fieldMessage("costCentre:code").contains("may hold 1-30 letters, digits"), browser.messages());
        assertEquals("true", browser.el("costCentre:code").getAttribute("aria-invalid"));
        assertEquals("Sales", browser.el("costCentre:name").getAttribute("value"), "what was typed stays");
        assertEquals(before, total(costCentres(company.id())), "nothing was added");
        browser.screenshot("cost-centres-invalid");

        String code = Scenario.unique("K");
        browser.type("costCentre:code", code).enter(browser.el("costCentre:name"), Keys.ENTER); // by keyboard
        assertTrue(browser.messages().contains("The cost centre " + code + " (Sales) was added."), browser.messages());
        assertTrue(browser.text("costCentres").contains(code), browser.text("costCentres"));
        assertEquals(before + 1, total(costCentres(company.id())));
        browser.screenshot("cost-centres");
        browser.assertAxeClean("cost-centres");

        browser.type("costCentre:code", code).type("costCentre:name", "Again").click("costCentre:add");
        assertTrue(browser.fieldMessage("costCentre:code").contains("the company has a cost centre '" + code + "'"),
                browser.messages());
        assertEquals(before + 1, total(costCentres(company.id())), "a taken code adds nothing");
    }

    @Test
    void anEmployeeIsAddedWithPeriodsHistoryAndManager_thenChangedWithTheVersionRead() {
        String k1 = costCentre(company.firstUserToken(), company.id());
        String k2 = costCentre(company.firstUserToken(), company.id());
        JsonObject manager = employee(company.firstUserToken(), company.id(), "Maja", "Manager", null);
        long managerId = manager.getJsonNumber("id").longValue();
        String number = Scenario.unique("e");
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.click("navEmployees").click("newEmployee");
        assertEquals("/admin/employee.xhtml", browser.path());
        browser.type("employee:number", number).type("employee:firstName", "Erik").type("employee:lastName", "Employee")
                .type("employee:email", "erik." + number + "@example.test").select("employee:manager",
                Long.toString(managerId));
        browser.date("employee:periods:0:start", LocalDate.of(2024, 1, 1));
        browser.type("employee:homes:0:costCentre", k1).date("employee:homes:0:from", LocalDate.of(2024, 1, 1));
        browser.click("employee:addHome");
        assertEquals(k1, browser.el("employee:homes:0:costCentre").getAttribute("value"), "a new row keeps the others");
        browser.type("employee:homes:1:costCentre", k2).date("employee:homes:1:from", LocalDate.of(2025, 6, 1));
        browser.assertAxeClean("employee-new");
        browser.click("employee:save");
        assertTrue(browser.messages().contains("Employee " + number + " (Erik Employee) was added."), browser.messages());
        assertEquals("/admin/employee.xhtml", browser.path());
        String eid = browser.driver.getCurrentUrl().replaceAll(".*[?&]eid=(\\d+).*", "$1");
        JsonObject saved = Api.get(employees(company.id()) + "/" + eid, company.firstUserToken()).expect(200).json();
        assertEquals(managerId, saved.getJsonNumber("managerEmployeeId").longValue());
        assertEquals("2024-01-01", saved.getJsonArray("employments").getJsonObject(0).getString("start"));
        assertTrue(saved.getJsonArray("employments").getJsonObject(0).isNull("end"));
        assertEquals(List.of(k1, k2), saved.getJsonArray("homeCostCentres").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("costCentre")).toList());
        browser.screenshot("employee");
        browser.assertAxeClean("employee");
        try {
            browser.resize(390, 844);
            browser.open("/employee.xhtml?eid=" + eid);
            browser.screenshot("employee-narrow");
            assertEquals(List.of(), browser.overflowing(), "the employee's page fits a narrow window");
        } finally {
            browser.resize(1280, 800);
        }

        browser.type("employee:lastName", "Changed").date("employee:periods:0:end", LocalDate.of(2026, 3, 31))
                .check("employee:homes:1:remove", true).click("employee:save");
        assertTrue(browser.messages().contains("Employee " + number + " (Erik Changed) was saved."), browser.messages());
        saved = Api.get(employees(company.id()) + "/" + eid, company.firstUserToken()).expect(200).json();
        assertEquals("Changed", saved.getString("lastName"));
        assertEquals("2026-03-31", saved.getJsonArray("employments").getJsonObject(0).getString("end"));
        assertEquals(1, saved.getJsonArray("homeCostCentres").size(), "the removed entry is gone");

        browser.click("back");
        assertEquals("/admin/employees.xhtml", browser.path());
        String list = browser.text("employees");
        assertTrue(list.contains(number) && list.contains("Erik Changed") && list.contains(manager.getString("number")
                + " Maja Manager"), list);
        browser.screenshot("employees");
        browser.assertAxeClean("employees");
    }

    /** An employee record with a manager through the API; its id. */
    static long employeeUnder(String token, long companyId, String firstName, Long managerId) {
        jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder().add("number", Scenario.unique("h"))
                .add("firstName", firstName).add("lastName", "Level")
                .add("employments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("start", "2020-01-01")
                        .addNull("end")));
        if (managerId != null) {
            b.add("managerEmployeeId", managerId);
        }
        return Api.post(employees(companyId), token, b.build().toString()).expect(201).json().getJsonNumber("id")
                .longValue();
    }

    @Test
    void theHierarchyIsWalkedDownAndUpByDirectReports_anotherCompanysAdministratorFindsNothing() {
        String token = company.firstUserToken();
        long top = employeeUnder(token, company.id(), "Tove", null);
        long mid = employeeUnder(token, company.id(), "Mikael", top);
        employeeUnder(token, company.id(), "Lena", mid);
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/employee.xhtml?eid=" + top).click("reports");
        assertEquals("/admin/employees.xhtml", browser.path());
        assertTrue(browser.text("reportsOf").contains("Tove Level"), browser.text("reportsOf"));
        assertTrue(browser.text("employees").contains("Mikael") && !browser.text("employees").contains("Lena"),
                "the direct reports only: " + browser.text("employees"));
        assertFalse(browser.has("up"), "the top of the hierarchy has no level above");
        browser.screenshot("employees-reports");
        browser.assertAxeClean("employees-reports");

        browser.driver.findElement(By.linkText(Api.get(employees(company.id()) + "/" + mid, token).expect(200).json()
                .getString("number"))).click();
        assertEquals("/admin/employee.xhtml", browser.path());
        browser.click("reports");
        assertTrue(browser.text("reportsOf").contains("Mikael Level"), browser.text("reportsOf"));
        assertTrue(browser.text("employees").contains("Lena"), browser.text("employees"));
        browser.click("up");
        assertTrue(browser.text("reportsOf").contains("Tove Level"), "one level up: " + browser.text("reportsOf"));

        Scenario.CompanyRef theirs = Scenario.company();
        browser.reset();
        browser.login(theirs.firstUserId(), Scenario.PASSWORD);
        for (String manager : List.of(Long.toString(top), "999999999", "not-a-number")) {
            browser.open("/employees.xhtml?manager=" + manager);
            assertEquals("Not found: there is nothing here that you may see.", browser.messages(), browser::body);
            assertFalse(browser.body().contains("Tove") || browser.body().contains("Mikael"), browser.body());
        }
    }

    @Test
    void badInputIsNamedAtItsFieldAndRow_andNothingIsSaved() {
        long before = total(employees(company.id()));
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/employee.xhtml");
        browser.type("employee:number", Scenario.unique("bad")).type("employee:firstName", "Bea").type("employee:lastName",
                "Bad");
        browser.date("employee:periods:0:start", LocalDate.of(2024, 6, 1)).date("employee:periods:0:end",
                LocalDate.of(2024, 1, 1));
        browser.enter(browser.el("employee:lastName"), Keys.ENTER); // Enter saves (it adds no row)
        assertFalse(browser.has("employee:periods:1:start"), "no row was added");
        assertEquals("employments[0].end 2024-01-01 is before employments[0].start 2024-06-01",
                browser.fieldMessage("employee:periods:0:end"));
        assertEquals("true", browser.el("employee:periods:0:end").getAttribute("aria-invalid"));
        assertEquals("Bea", browser.el("employee:firstName").getAttribute("value"), "what was typed stays");
        browser.screenshot("employee-invalid");
        browser.assertAxeClean("employee-invalid");

        browser.date("employee:periods:0:end", null);
        browser.type("employee:homes:0:costCentre", "NOPE").date("employee:homes:0:from", LocalDate.of(2024, 6, 1));
        browser.click("employee:save");
        assertEquals("the company has no cost centre 'NOPE'", browser.fieldMessage("employee:homes:0:costCentre"));
        browser.type("employee:homes:0:costCentre", "").date("employee:homes:0:from", null);
        browser.js("arguments[0].type = 'text';", browser.el("employee:email")); // past the browser's own check
        browser.type("employee:email", "not-an-address").click("employee:save");
        assertEquals("email is not an e-mail address", browser.fieldMessage("employee:email"));
        assertEquals(before, total(employees(company.id())), "nothing was saved");
    }

    @Test
    void anEditThatCameSecondIsRefused_andATakenNumberIsNamedAtTheNumber() {
        JsonObject e = employee(company.firstUserToken(), company.id(), "Emma", "Ployee", null);
        JsonObject other = employee(company.firstUserToken(), company.id(), "Otto", "Other", null);
        long id = e.getJsonNumber("id").longValue();
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/employee.xhtml?eid=" + id);
        String body = Json.createObjectBuilder().add("number", e.getString("number")).add("firstName", "Emma")
                .add("lastName", "Meanwhile").build().toString();
        Api.put(employees(company.id()) + "/" + id, company.firstUserToken(), body).expect(200);
        browser.type("employee:firstName", "Mine").click("employee:save");
        assertTrue(browser.messages().contains("someone else changed this in the meantime"), browser.messages());
        assertEquals("Meanwhile", browser.el("employee:lastName").getAttribute("value"), "the page shows the current record");
        JsonObject now = Api.get(employees(company.id()) + "/" + id, company.firstUserToken()).expect(200).json();
        assertEquals("Emma", now.getString("firstName"), "nothing of the refused edit was saved");
        browser.screenshot("employee-conflict");

        browser.type("employee:number", other.getString("number")).click("employee:save");
        assertEquals("employee number '" + other.getString("number") + "' is taken in this company",
                browser.fieldMessage("employee:number"));
        assertEquals(e.getString("number"), Api.get(employees(company.id()) + "/" + id, company.firstUserToken())
                .expect(200).json().getString("number"));
    }

    @Test
    void aPlainMemberIsRefused_andAnotherCompanysAdministratorFindsNothing() {
        JsonObject e = employee(company.firstUserToken(), company.id(), "Hidden", "Record", null);
        long id = e.getJsonNumber("id").longValue();
        Scenario.Person plain = Scenario.member(company.firstUserToken(), company.id());
        browser.login(plain.userId(), Scenario.PASSWORD);
        assertFalse(browser.has("navEmployees") || browser.has("navCostCentres"), "the navigation offers neither");
        for (String page : List.of("/employees.xhtml", "/cost-centres.xhtml", "/employee.xhtml?eid=" + id)) {
            browser.open(page);
            String messages = browser.messages();
            assertTrue(messages.contains("Refused by rule D2"), page + ": " + messages);
            assertFalse(browser.body().contains("Hidden Record") || browser.has("employees") || browser.has("costCentre")
                    || browser.has("employee"), page + ": " + browser.body());
        }
        browser.screenshot("employees-refused");

        Scenario.CompanyRef theirs = Scenario.company();
        browser.reset();
        browser.login(theirs.firstUserId(), Scenario.PASSWORD);
        for (String eid : List.of(Long.toString(id), "999999999", "not-a-number")) {
            browser.open("/employee.xhtml?eid=" + eid);
            assertEquals("Not found: there is nothing here that you may see.", browser.messages(), browser::body);
            assertFalse(browser.body().contains("Hidden") || browser.body().contains(e.getString("number")),
                    browser.body());
            assertNull(browser.driver.findElements(By.id("employee")).stream().findFirst().orElse(null));
        }
    }
}
