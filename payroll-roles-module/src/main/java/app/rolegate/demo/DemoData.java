package app.rolegate.demo;

import app.rolegate.administration.PlatformStarted;
import app.rolegate.company.CompanySettings;
import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanySettingsAdministration;
import app.rolegate.company.application.CompanyResults;
import app.rolegate.company.application.CompanyView;
import app.rolegate.company.application.NewCompany;
import app.rolegate.employee.EmployeeData;
import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.employee.application.EmployeeLinks;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.grant.CoreRoles;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.payroll.PayrollRoles;
import app.rolegate.platform.Actor;
import app.rolegate.user.ActivationPolicy;
import app.rolegate.user.NewUser;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional demo data set: an accounting firm, two client companies, the auditors' organisation
 * and users in every role; Client Alpha with cost centres and a small employee hierarchy. Built through the same services and rules as any other change, acting
 * as the people who would do it.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    CompanyAdministration companies;

    @Inject
    MembershipAdministration users;

    @Inject
    GrantAdministration grants;

    @Inject
    UserRepository accounts;

    @Inject
    EmployeeAdministration register;

    @Inject
    EmployeeLinks links;

    @Inject
    CompanySettingsAdministration settings;

    @Inject
    @ConfigProperty(name = "rolegate.demo-password", defaultValue = "demo-password")
    String password;

    @Inject
    @ConfigProperty(name = "rolegate.demo-data", defaultValue = "false")
    boolean wanted;

    /** With ROLEGATE_DEMO_DATA=true, after first start: creates the demo set unless it exists. */
    void onStart(@Observes PlatformStarted started) {
        if (wanted) {
            createIfAbsent();
        }
    }

    /** The demo set, unless it exists (public for the in-container test that keeps it working). */
    public void createIfAbsent() {
        if (accounts.findByUserId("firm.main").isPresent()) {
            return;
        }
        UserAccount supportAccount = accounts.findByUserId("support").orElseThrow();
        Actor support = Actor.user(supportAccount.id(), "support", true);

        CompanyView auditors = companies.create(support, company("Demo Auditors Oy", "DEMO-AUD", false, null, false, false,
                user("auditor.anna", "Anna", "Auditor", "FI", "150690-2349"))).company();
        companies.setAuditorOrganisation(support, auditors.id());
        CompanyResults.Created firm = companies.create(support, company("Demo Accounting Oy", "DEMO-FIRM", true,
                null, true, false, user("firm.main", "Fiona", "Firm", "FI", "131052-308T")));
        CompanyResults.Created alpha = companies.create(support, company("Client Alpha Oy", "DEMO-ALPHA", false,
                firm.company().id(), true, true, user("alpha.admin", "Alice", "Alpha", "FI", "010180-1232")));
        companies.create(support, company("Client Beta Oy", "DEMO-BETA", false, firm.company().id(), false, false,
                user("beta.admin", "Bob", "Beta", "FI", "020295-345J")));

        long alphaId = alpha.company().id();
        Actor alphaAdmin = actor("alpha.admin");
        // The firm's main user is authorised to the client by identity code (D11), gets FIRM_MAIN_USER
        // from support at the client's main user's request (D5 exception) and USER_ADMIN from the
        // client's main user (D3 with D8).
        users.createUser(alphaAdmin, alphaId, new CreateUser(user("firm.main", null, null, "FI", "131052-308T"),
                terms(AccountingProfile.ALL_RIGHTS, PayrollProfile.ALL_RIGHTS)));
        grants.grant(support, alphaId, "firm.main", GrantCommand.of(CoreRoles.FIRM_MAIN_USER, null, null, null, null,
                "alpha.admin"));
        grant(alphaAdmin, alphaId, "firm.main", CoreRoles.USER_ADMIN);
        Actor firmMain = actor("firm.main");

        member(alphaAdmin, alphaId, "alpha.bookkeeper", "Bert", "Bookkeeper", AccountingProfile.ALL_RIGHTS, null);
        grant(alphaAdmin, alphaId, "alpha.bookkeeper", CoreRoles.BOOKKEEPER);
        member(alphaAdmin, alphaId, "alpha.payroll", "Paula", "Payroll", AccountingProfile.SEARCH, PayrollProfile.ALL_RIGHTS);
        grant(firmMain, alphaId, "alpha.payroll", PayrollRoles.PAYROLL_CALCULATOR);
        member(alphaAdmin, alphaId, "alpha.supervisor", "Sam", "Supervisor", AccountingProfile.NONE, PayrollProfile.APPROVER);
        grant(alphaAdmin, alphaId, "alpha.supervisor", PayrollRoles.SUPERVISOR);
        member(alphaAdmin, alphaId, "alpha.hr", "Hanna", "Handler", AccountingProfile.NONE, PayrollProfile.BROWSE);
        grant(alphaAdmin, alphaId, "alpha.hr", PayrollRoles.PERSONAL_DATA_HANDLER);
        member(alphaAdmin, alphaId, "alpha.employee", "Erik", "Employee", AccountingProfile.SEARCH, PayrollProfile.EMPLOYEE);
        member(alphaAdmin, alphaId, "alpha.north", "Nina", "North", AccountingProfile.NONE, PayrollProfile.APPROVER);
        users.createUser(alphaAdmin, alphaId, new CreateUser(user("auditor.anna", null, null, "FI", "150690-2349"),
                terms(AccountingProfile.COMPANY_USER, null)));
        grant(alphaAdmin, alphaId, "auditor.anna", CoreRoles.AUDITOR);
        employees(support, alphaAdmin, alphaId);
        LOG.info("Demo data created: firm.main, alpha.admin, beta.admin, alpha.bookkeeper, alpha.payroll,"
                + " alpha.supervisor, alpha.hr, alpha.employee, alpha.north, auditor.anna (password from"
                + " rolegate.demo-password)");
    }

    /**
     * Client Alpha's register (SPEC 5.2, 5.3), so that the check's coverage can be tried at once: two cost
     * centres, a tolerance of 3 days, and a small hierarchy under Sam (alpha.supervisor, SUPERVISOR over the
     * hierarchy) in which Hanna (alpha.hr, PERSONAL_DATA_HANDLER over the hierarchy) has Sven below her, who
     * moves from SOUTH to NORTH in two days; Nina (alpha.north, SUPERVISOR of the NORTH cost centre) covers Sven
     * already, within the tolerance. Erik (alpha.employee) reads his own payslip.
     */
    private void employees(Actor support, Actor admin, long alphaId) {
        settings.change(admin, alphaId, new CompanySettings(3, null, null), null);
        // A verified domain is platform support's to add (SPEC 5.4): support does, as on a real platform.
        settings.change(support, alphaId, new CompanySettings(null, java.util.Set.of("demo.example"), null), null);
        register.addCostCentre(admin, alphaId, "NORTH", "Northern region");
        register.addCostCentre(admin, alphaId, "SOUTH", "Southern region");
        LocalDate start = LocalDate.now().minusYears(2).withDayOfYear(1);
        long sam = employee(admin, alphaId, "1", "Sam", "Supervisor", "alpha.supervisor", null, home("NORTH", start));
        long erik = employee(admin, alphaId, "2", "Erik", "Employee", "alpha.employee", sam, home("NORTH", start));
        long hanna = employee(admin, alphaId, "3", "Hanna", "Handler", "alpha.hr", sam, home("SOUTH", start));
        employee(admin, alphaId, "4", "Nora", "North", null, erik, home("NORTH", start));
        employee(admin, alphaId, "5", "Sven", "South", null, hanna, home("SOUTH", start),
                home("NORTH", LocalDate.now().plusDays(2)));
        // Nina supervises the NORTH cost centre: Sven, moving there in two days, is hers already (tolerance 3).
        grants.grant(admin, alphaId, "alpha.north", GrantCommand.of(PayrollRoles.SUPERVISOR, "COST_CENTRE", "NORTH",
                null, null, null));
        links.link(admin, "alpha.supervisor", alphaId, sam);
        links.link(admin, "alpha.employee", alphaId, erik);
        links.link(admin, "alpha.hr", alphaId, hanna);
        links.setActivationPolicy(admin, "alpha.employee", new ActivationPolicy(5, 1));
    }

    private long employee(Actor admin, long companyId, String number, String first, String last, String userId,
            Long manager, EmployeeData.Home... history) {
        String email = (userId == null ? first.toLowerCase(java.util.Locale.ROOT) + ".employee" : userId)
                + "@demo.example";
        return register.addEmployee(admin, companyId, new EmployeeData(number, first, last, email, manager,
                List.of(new EmployeeData.Period(LocalDate.now().minusYears(2).withDayOfYear(1), null)),
                List.of(history), null)).id();
    }

    private static EmployeeData.Home home(String costCentre, LocalDate from) {
        return new EmployeeData.Home(costCentre, from);
    }

    private void grant(Actor actor, long companyId, String userId, String role) {
        grants.grant(actor, companyId, userId, GrantCommand.of(role));
    }

    private Actor actor(String userId) {
        UserAccount u = accounts.findByUserId(userId).orElseThrow();
        return Actor.user(u.id(), u.userId(), false);
    }

    private void member(Actor admin, long companyId, String userId, String first, String last,
            AccountingProfile accounting, PayrollProfile payroll) {
        users.createUser(admin, companyId, new CreateUser(NewUser.of(userId, password, first, last,
                userId + "@demo.example", null, "en", null, null, null, false, null, null), terms(accounting, payroll)));
    }

    private NewUser user(String userId, String first, String last, String country, String code) {
        return NewUser.of(userId, password, first, last, userId + "@demo.example", null, "en", null, null,
                null, false, country, code);
    }

    private static MembershipTerms terms(AccountingProfile accounting, PayrollProfile payroll) {
        return new MembershipTerms(null, accounting, payroll, null, null, null);
    }

    private static NewCompany company(String name, String businessId, boolean firm, Long firmId, boolean payroll,
            boolean crm, NewUser first) {
        return new NewCompany(name, businessId, firm, firmId, payroll, crm, first);
    }
}
