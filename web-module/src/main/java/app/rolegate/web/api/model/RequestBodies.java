package app.rolegate.web.api.model;

import app.rolegate.check.PermissionCheck;
import app.rolegate.company.Company;
import app.rolegate.company.CompanySettings;
import app.rolegate.costcentre.CostCentre;
import app.rolegate.employee.EmployeeData;
import app.rolegate.company.application.NewCompany;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import app.rolegate.platform.Validity;
import app.rolegate.template.TemplateData;
import app.rolegate.user.ActivationPolicy;
import app.rolegate.user.NewUser;
import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.user.UserFields;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the API, as records: {@link app.rolegate.web.json.JsonBody#bind} reads a body
 * into one strictly (unknown fields, wrong types and missing required fields are 400 naming the
 * field), and the OpenAPI document describes them from these declarations. Each turns itself into the
 * application's command, whose checks are the input rules: the limits and patterns stated here are the
 * commands' own constants, so the document says what the server enforces.
 */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** Enum constants' names, for {@code @Schema(enumeration)}: kept equal to the enums by RequestBodiesTest. */
    public static final String[] ACCOUNTING_PROFILES = {"ALL_RIGHTS", "SALES_LEDGER", "PURCHASE_LEDGER", "LEDGER",
        "COMPANY_USER", "SEARCH", "NONE"};
    public static final String[] PAYROLL_PROFILES = {"EMPLOYEE", "ALL_RIGHTS", "APPROVER", "MANAGEMENT", "BROWSE", "NONE"};
    public static final String[] CRM_PROFILES = {"NONE", "BROWSE", "PROCESSING", "MANAGER", "ADMINISTRATION"};
    public static final String[] ACCESS_LEVELS = {"NONE", "READ", "EDIT"};
    public static final String[] SCOPES = {"COMPANY", "COST_CENTRE", "HIERARCHY"};
    /** The roles of SPEC 1; the server's list (GET grantable-roles) is kept equal by OpenApiIT. */
    public static final String[] ROLES = {"AUDITOR", "BOOKKEEPER", "FIRM_MAIN_USER", "PAYROLL_CALCULATOR",
        "PERSONAL_DATA_HANDLER", "SUPERVISOR", "USER_ADMIN"};

    @Schema(name = "TokenRequest", description = "A user's login ({userId, password}) or a portal's service client"
            + " ({clientId, clientSecret}).")
    public record TokenRequest(
            @Schema(maxLength = UserFields.USER_ID_MAX, example = "anna.admin") String userId,
            @Schema(format = "password", maxLength = 1000) String password,
            @Schema(maxLength = 100, example = "payroll-portal") String clientId,
            @Schema(format = "password", maxLength = 1000) String clientSecret) {
    }

    @Schema(name = "NewUser", description = "A user account to create. Only userId is required; an identity code"
            + " comes with its country (FI codes are validated).")
    public record NewUserBody(
            @Schema(required = true, pattern = UserFields.USER_ID_PATTERN, maxLength = UserFields.USER_ID_MAX,
                    example = "bert.books") String userId,
            @Schema(format = "password", minLength = UserFields.PASSWORD_MIN, maxLength = UserFields.PASSWORD_MAX)
            String password,
            @Schema(maxLength = UserFields.NAME_MAX, example = "Bert") String firstName,
            @Schema(maxLength = UserFields.NAME_MAX, example = "Books") String lastName,
            @Schema(maxLength = UserFields.EMAIL_MAX, format = "email", example = "bert@example.com") String email,
            @Schema(maxLength = UserFields.PHONE_MAX) String phone,
            @Schema(pattern = UserFields.LANGUAGE_PATTERN, example = "sv") String uiLanguage,
            @Schema(maxLength = UserFields.ALIAS_MAX, example = "4711") String aliasUserId,
            @Schema(maxLength = UserFields.SIGNATURE_MAX, example = "BB") String signature,
            @Schema(maxLength = UserFields.CARD_ID_MAX) String cardId,
            Boolean showInstructionVideos,
            @Schema(pattern = "[A-Z]{2}", example = "FI") String country,
            @Schema(maxLength = PersonalIdentityCode.CODE_MAX, example = "311299-456X") String personalIdentityCode) {

        public NewUser command() {
            return NewUser.of(userId, password, firstName, lastName, email, phone, uiLanguage, aliasUserId, signature,
                    cardId, showInstructionVideos, country, personalIdentityCode);
        }
    }

    @Schema(name = "MembershipTerms", description = "A membership's terms; every field optional. validFrom and"
            + " validTo together replace the validity; overrides replace all custom overrides; version, when given,"
            + " must be the version read (409 otherwise).")
    public record MembershipBody(
            @Schema(format = "date", example = "2026-01-01") LocalDate validFrom,
            @Schema(format = "date", example = "2026-12-31") LocalDate validTo,
            @Schema(enumeration = {"ALL_RIGHTS", "SALES_LEDGER", "PURCHASE_LEDGER", "LEDGER", "COMPANY_USER", "SEARCH",
                "NONE"}) String accountingProfile,
            @Schema(enumeration = {"EMPLOYEE", "ALL_RIGHTS", "APPROVER", "MANAGEMENT", "BROWSE", "NONE"})
            String payrollProfile,
            @Schema(enumeration = {"NONE", "BROWSE", "PROCESSING", "MANAGER", "ADMINISTRATION"}) String crmProfile,
            @Schema(description = "Function key (" + MembershipTerms.FUNCTION_KEY_PATTERN + ") to NONE, READ or EDIT",
                    additionalProperties = AccessLevelName.class) Map<String, String> overrides,
            @Schema(description = "The version read; the change is refused with 409 if it is no longer current")
            Long version) {

        /** The terms, with "validity" present only when the body named validFrom or validTo. */
        public MembershipTerms terms(boolean validityNamed) {
            Validity validity = validityNamed ? Validity.of(validFrom, validTo) : null;
            Map<String, AccessLevel> levels = null;
            if (overrides != null) {
                levels = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : overrides.entrySet()) {
                    levels.put(e.getKey(), e.getValue() == null ? null
                            : Text.oneOf("overrides." + e.getKey(), e.getValue(), AccessLevel.class));
                }
            }
            return new MembershipTerms(validity, Text.oneOf("accountingProfile", accountingProfile,
                    AccountingProfile.class), Text.oneOf("payrollProfile", payrollProfile, PayrollProfile.class),
                    Text.oneOf("crmProfile", crmProfile, CrmProfile.class), levels, version);
        }
    }

    /** For the schema of an override's value. */
    @Schema(name = "AccessLevel", enumeration = {"NONE", "READ", "EDIT"})
    public record AccessLevelName() {
    }

    @Schema(name = "CreateUser", description = "A user to create in the company, with the first membership's terms."
            + " An identity code that already exists authorises that person instead (D11).")
    public record CreateUserBody(
            @Schema(required = true, pattern = UserFields.USER_ID_PATTERN, maxLength = UserFields.USER_ID_MAX,
                    example = "bert.books") String userId,
            @Schema(format = "password", minLength = UserFields.PASSWORD_MIN, maxLength = UserFields.PASSWORD_MAX)
            String password,
            @Schema(maxLength = UserFields.NAME_MAX) String firstName,
            @Schema(maxLength = UserFields.NAME_MAX) String lastName,
            @Schema(maxLength = UserFields.EMAIL_MAX, format = "email") String email,
            @Schema(maxLength = UserFields.PHONE_MAX) String phone,
            @Schema(pattern = UserFields.LANGUAGE_PATTERN) String uiLanguage,
            @Schema(maxLength = UserFields.ALIAS_MAX) String aliasUserId,
            @Schema(maxLength = UserFields.SIGNATURE_MAX) String signature,
            @Schema(maxLength = UserFields.CARD_ID_MAX) String cardId,
            Boolean showInstructionVideos,
            @Schema(pattern = "[A-Z]{2}", example = "FI") String country,
            @Schema(maxLength = PersonalIdentityCode.CODE_MAX) String personalIdentityCode,
            MembershipBody membership,
            @Schema(maxLength = TemplateData.NAME_MAX, description = "SPEC 5.3: the name of a user template of the"
                    + " company: its profiles where membership names none, its language where uiLanguage is not"
                    + " given, and its deactivateDaysAfterEnd and reactivateDaysBeforeStart for the new account")
            String template) {

        public CreateUser command(boolean membershipValidityNamed) {
            NewUser user = NewUser.of(userId, password, firstName, lastName, email, phone, uiLanguage, aliasUserId,
                    signature, cardId, showInstructionVideos, country, personalIdentityCode);
            MembershipTerms terms;
            try {
                terms = membership == null ? MembershipTerms.defaults() : membership.terms(membershipValidityNamed);
            } catch (InvalidInputException e) {
                throw e.within("membership");
            }
            return new CreateUser(user, terms, template);
        }
    }

    @Schema(name = "NewCompany", description = "A company with its first user (platform support), or a client company"
            + " opened under a company where the caller holds USER_ADMIN (D13, with openedUnder).")
    public record CompanyBody(
            @Schema(required = true, maxLength = Company.NAME_MAX, example = "Example Oy") String name,
            @Schema(maxLength = Company.BUSINESS_ID_MAX, example = "1234567-8") String businessId,
            Boolean accountingFirm,
            Long accountingFirmId,
            Boolean payrollEnabled,
            Boolean crmEnabled,
            @Schema(description = "Required unless openedUnder is given") NewUserBody firstUser,
            @Schema(description = "D13: the company the client is opened under") Long openedUnder) {

        public NewCompany command() {
            NewUser first = null;
            if (firstUser != null) {
                try {
                    first = firstUser.command();
                } catch (InvalidInputException e) {
                    throw e.within("firstUser");
                }
            }
            return new NewCompany(name, businessId, Boolean.TRUE.equals(accountingFirm), accountingFirmId,
                    Boolean.TRUE.equals(payrollEnabled), Boolean.TRUE.equals(crmEnabled), first, openedUnder);
        }
    }

    @Schema(name = "MainUserRequest")
    public record MainUserBody(@Schema(required = true, maxLength = UserFields.USER_ID_MAX) String userId) {
    }

    @Schema(name = "AuditorOrganisation")
    public record AuditorOrganisationBody(@Schema(required = true) Long companyId) {
    }

    @Schema(name = "AccountChange", description = "A partial change of an account: only the fields present change"
            + " (null clears). The identity code and its country change together. version, when given, must be"
            + " the version read (409 otherwise).")
    public record AccountPatchBody(
            @Schema(maxLength = UserFields.NAME_MAX) String firstName,
            @Schema(maxLength = UserFields.NAME_MAX) String lastName,
            @Schema(maxLength = UserFields.EMAIL_MAX, format = "email") String email,
            @Schema(maxLength = UserFields.PHONE_MAX) String phone,
            @Schema(pattern = UserFields.LANGUAGE_PATTERN) String uiLanguage,
            @Schema(pattern = "[A-Z]{2}") String country,
            @Schema(maxLength = PersonalIdentityCode.CODE_MAX) String personalIdentityCode,
            @Schema(maxLength = UserFields.ALIAS_MAX) String aliasUserId,
            @Schema(maxLength = UserFields.SIGNATURE_MAX) String signature,
            @Schema(maxLength = UserFields.CARD_ID_MAX) String cardId,
            Boolean showInstructionVideos,
            @Schema(description = "D18: false deactivates the account, true reactivates it") Boolean active,
            @Schema(description = "D14: platform support only, with requestedBy") Long primaryCompanyId,
            @Schema(maxLength = UserFields.USER_ID_MAX) String requestedBy,
            @Schema(format = "password", minLength = UserFields.PASSWORD_MIN, maxLength = UserFields.PASSWORD_MAX)
            String password,
            @Schema(format = "password") String currentPassword,
            Long version) {
    }

    @Schema(name = "ValidityForAll")
    public record ValidityBody(
            @Schema(format = "date", nullable = true, description = "null: until further notice") LocalDate validTo) {
    }

    @Schema(name = "Grant", description = "A role to grant. scope defaults to HIERARCHY for SUPERVISOR and"
            + " PERSONAL_DATA_HANDLER, COMPANY for the rest (D17); requestedBy is for platform support's exceptional"
            + " grants (D5, D6).")
    public record GrantBody(
            @Schema(required = true, enumeration = {"AUDITOR", "BOOKKEEPER", "FIRM_MAIN_USER", "PAYROLL_CALCULATOR",
                "PERSONAL_DATA_HANDLER", "SUPERVISOR", "USER_ADMIN"}, example = "BOOKKEEPER") String role,
            @Schema(enumeration = {"COMPANY", "COST_CENTRE", "HIERARCHY"}) String scope,
            @Schema(maxLength = CostCentre.CODE_MAX, pattern = CostCentre.CODE_PATTERN, description = "The code of one of"
                    + " the company's cost centres, with scope COST_CENTRE (D17)") String costCentre,
            @Schema(format = "date") LocalDate validFrom,
            @Schema(format = "date") LocalDate validTo,
            @Schema(maxLength = UserFields.USER_ID_MAX) String requestedBy) {

        public GrantCommand command() {
            return GrantCommand.of(role, scope, costCentre, validFrom, validTo, requestedBy);
        }
    }

    @Schema(name = "CopyRights")
    public record CopyBody(@Schema(required = true, maxLength = UserFields.USER_ID_MAX, example = "bert.books")
            String fromUserId) {
    }

    @Schema(name = "CheckRequest", description = "May user U, in company C, do P (to employee X)?")
    public record CheckBody(
            @Schema(required = true, maxLength = UserFields.USER_ID_MAX, example = "bert.books") String userId,
            @Schema(required = true, example = "42") Long companyId,
            @Schema(required = true, maxLength = PermissionCheck.PERMISSION_MAX, example = "accounting.edit",
                    enumeration = {"users.manage", "accounting.read", "accounting.edit", "sales-ledger.edit",
                        "purchase-ledger.edit", "accounting.search", "accounting.advanced", "payroll.read",
                        "payroll.calculate", "payroll.payslip.read", "time.approve", "personal-data.edit", "crm.read",
                        "crm.process", "crm.templates", "crm.admin", "audit.read"}) String permission,
            @Schema(maxLength = PermissionCheck.EMPLOYEE_ID_MAX, description = "Needed for payroll.payslip.read,"
                    + " time.approve and personal-data.edit: the employee's id as GET /companies/{cid}/employees answers"
                    + " it; an employee of another company, or an unknown one, is covered by nothing", example = "17")
            String employeeId) {

        public PermissionCheck.Question question() {
            return new PermissionCheck.Question(userId, companyId, permission, employeeId);
        }
    }

    // ---------------------------------------------------------------- SPEC 5.1-5.3, 5.5: employees, settings, templates

    @Schema(name = "NewCostCentre", description = "A cost centre of the company; its code is unique in the company")
    public record CostCentreBody(
            @Schema(required = true, maxLength = CostCentre.CODE_MAX, pattern = CostCentre.CODE_PATTERN, example = "K100")
            String code,
            @Schema(required = true, maxLength = CostCentre.NAME_MAX, example = "Southern region") String name) {
    }

    @Schema(name = "EmploymentPeriod", description = "An employment period; end null for an open employment")
    public record EmploymentBody(
            @Schema(required = true, format = "date", example = "2024-01-01") LocalDate start,
            @Schema(format = "date", nullable = true, example = "2026-10-31") LocalDate end) {
    }

    @Schema(name = "HomeCostCentre", description = "The employee's home cost centre from a day on (SPEC 5.2)")
    public record HomeCostCentreBody(
            @Schema(required = true, maxLength = CostCentre.CODE_MAX, description = "A cost centre's code",
                    example = "K100") String costCentre,
            @Schema(required = true, format = "date", example = "2024-01-01") LocalDate from) {
    }

    @Schema(name = "Employee", description = "An employee record (SPEC 5.3). Employment periods may not overlap and an"
            + " end is never before its start; homeCostCentres name the company's cost centres, one entry per day;"
            + " managerEmployeeId is another employee of the company and never one below this one (no loops). A PUT"
            + " replaces the record; version, when given, must be the version read (409 otherwise).")
    public record EmployeeBody(
            @Schema(required = true, maxLength = EmployeeData.NUMBER_MAX, example = "8") String number,
            @Schema(required = true, maxLength = EmployeeData.NAME_MAX, example = "Erik") String firstName,
            @Schema(required = true, maxLength = EmployeeData.NAME_MAX, example = "Employee") String lastName,
            @Schema(maxLength = EmployeeData.EMAIL_MAX, format = "email", example = "erik@example.com") String email,
            @Schema(description = "The id of the employee's manager, another employee of the company") Long managerEmployeeId,
            @Schema(maxItems = EmployeeData.MAX_ENTRIES) List<EmploymentBody> employments,
            @Schema(maxItems = EmployeeData.MAX_ENTRIES) List<HomeCostCentreBody> homeCostCentres,
            @Schema(description = "The version read; the change is refused with 409 if it is no longer current")
            Long version) {

        public EmployeeData data() {
            return new EmployeeData(number, firstName, lastName, email, managerEmployeeId,
                    employments == null ? null : employments.stream()
                            .map(p -> new EmployeeData.Period(p.start(), p.end())).toList(),
                    homeCostCentres == null ? null : homeCostCentres.stream()
                            .map(h -> new EmployeeData.Home(h.costCentre(), h.from())).toList(), version);
        }
    }

    @Schema(name = "CompanySettings", description = "A company's settings; a field left out keeps its value. version,"
            + " when given, must be the version read (409 otherwise).")
    public record SettingsBody(
            @Schema(minimum = "0", maximum = "" + CompanySettings.TOLERANCE_MAX, description = "SPEC 5.2: when an"
                    + " employee moves from one home cost centre to another on day D, both cover the employee from"
                    + " D - t to D + t; 0: on the move day only") Integer permissionToleranceDays,
            @Schema(maxItems = CompanySettings.DOMAINS_MAX, description = "SPEC 5.4: e-mail domains the company has"
                    + " verified, such as example.com; replaces the list") List<String> verifiedDomains,
            Long version) {

        public CompanySettings settings() {
            return CompanySettings.of(permissionToleranceDays, verifiedDomains, version);
        }
    }

    @Schema(name = "NewUserTemplate", description = "A user template (SPEC 5.3): what a user created from it gets")
    public record TemplateBody(
            @Schema(required = true, maxLength = TemplateData.NAME_MAX, example = "Seasonal staff") String name,
            @Schema(minimum = "0", maximum = "" + ActivationPolicy.DAYS_MAX, description = "N: deactivated N days after"
                    + " the linked employment ends; null: never by the daily job") Integer deactivateDaysAfterEnd,
            @Schema(minimum = "0", maximum = "" + ActivationPolicy.DAYS_MAX, description = "M: reactivated M days"
                    + " before a new employment starts; null: never by the daily job") Integer reactivateDaysBeforeStart,
            @Schema(enumeration = {"ALL_RIGHTS", "SALES_LEDGER", "PURCHASE_LEDGER", "LEDGER", "COMPANY_USER", "SEARCH",
                "NONE"}) String accountingProfile,
            @Schema(enumeration = {"EMPLOYEE", "ALL_RIGHTS", "APPROVER", "MANAGEMENT", "BROWSE", "NONE"})
            String payrollProfile,
            @Schema(enumeration = {"NONE", "BROWSE", "PROCESSING", "MANAGER", "ADMINISTRATION"}) String crmProfile,
            @Schema(pattern = UserFields.LANGUAGE_PATTERN, example = "sv") String language) {

        public TemplateData data() {
            return TemplateData.of(name, deactivateDaysAfterEnd, reactivateDaysBeforeStart, accountingProfile,
                    payrollProfile, crmProfile, language);
        }
    }

    @Schema(name = "EmployeeLink", description = "SPEC 5.3: the employee record of the company to link the account to")
    public record EmployeeLinkBody(@Schema(required = true) Long companyId, @Schema(required = true) Long employeeId) {
    }

    @Schema(name = "EmployeeUnlink", description = "SPEC 5.3: the company whose employee record the account is linked"
            + " to; employeeId, when given, must be the record linked")
    public record EmployeeUnlinkBody(@Schema(required = true) Long companyId, Long employeeId) {
    }

    @Schema(name = "ActivationPolicy", description = "SPEC 5.3: the daily job deactivates a linked user N days after"
            + " the employment ends and reactivates them M days before a new one starts; null (or left out): never")
    public record ActivationPolicyBody(
            @Schema(minimum = "0", maximum = "" + ActivationPolicy.DAYS_MAX, nullable = true, example = "5")
            Integer deactivateDaysAfterEnd,
            @Schema(minimum = "0", maximum = "" + ActivationPolicy.DAYS_MAX, nullable = true, example = "1")
            Integer reactivateDaysBeforeStart) {

        public ActivationPolicy policy() {
            return new ActivationPolicy(deactivateDaysAfterEnd, reactivateDaysBeforeStart);
        }
    }
}
