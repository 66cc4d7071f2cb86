package app.rolegate.web.api.model;

import app.rolegate.audit.application.AuditEventView;
import app.rolegate.company.application.CompanyView;
import app.rolegate.company.application.SettingsView;
import app.rolegate.employee.application.ActivationPolicyView;
import app.rolegate.employee.application.CostCentreView;
import app.rolegate.employee.application.EmployeeLinkView;
import app.rolegate.employee.application.EmployeeView;
import app.rolegate.grant.application.GrantView;
import app.rolegate.grant.application.RoleChoice;
import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipResults;
import app.rolegate.platform.Page;
import app.rolegate.template.application.TemplateView;
import app.rolegate.user.application.UserSummary;
import app.rolegate.user.application.UserView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response bodies of the API, as records that JSON-B writes (absent values as {@code null}) and
 * the OpenAPI document describes. Each is made from the application's view record.
 */
public final class ResponseBodies {
    private ResponseBodies() {
    }

    @Schema(name = "Token")
    public record TokenJson(String accessToken, @Schema(example = "Bearer") String tokenType,
            @Schema(description = "Seconds until the token expires", example = "900") long expiresIn) {
    }

    @Schema(name = "Company")
    public record CompanyJson(long id, String name, String businessId, boolean accountingFirm, Long accountingFirmId,
            boolean payrollEnabled, boolean crmEnabled, Long mainUserId, Long openedUnder, int permissionToleranceDays,
            @Schema(description = "Send back to change it (optimistic locking)") long version) {

        public static CompanyJson of(CompanyView c) {
            return new CompanyJson(c.id(), c.name(), c.businessId(), c.accountingFirm(), c.accountingFirmId(),
                    c.payrollEnabled(), c.crmEnabled(), c.mainUserId(), c.openedUnder(), c.permissionToleranceDays(),
                    c.version());
        }
    }

    @Schema(name = "CompanyCreated", description = "The company created, its first user, and whether that user was an"
            + " existing person authorised by identity code (D11)")
    public record CompanyCreatedJson(long id, String name, String businessId, boolean accountingFirm,
            Long accountingFirmId, boolean payrollEnabled, boolean crmEnabled, Long mainUserId, Long openedUnder,
            int permissionToleranceDays, long version, boolean existingPersonAuthorised, UserSummaryJson firstUser,
            @Schema(description = "D13: how many firm main users were added to the new client") int firmMainUsersAdded) {
    }

    @Schema(name = "User", description = "An account; never a password")
    public record UserJson(long id, String userId, String firstName, String lastName, String email, String phone,
            String uiLanguage, String aliasUserId, String signature, String cardId, boolean showInstructionVideos,
            String country, String personalIdentityCode, boolean active,
            @Schema(enumeration = {"NONE", "PENDING", "VERIFIED"}) String idpStatus,
            @Schema(nullable = true, description = "The address the identity-provider link is made to (SPEC 5.4)")
            String idpEmail, long primaryCompanyId, Long createdBy, boolean platformSupport, long version,
            @Schema(description = "SPEC 5.3: the employee record the account is linked to") Long employeeId,
            @Schema(description = "SPEC 5.3: N, null for never") Integer deactivateDaysAfterEnd,
            @Schema(description = "SPEC 5.3: M, null for never") Integer reactivateDaysBeforeStart) {

        public static UserJson of(UserView u) {
            return new UserJson(u.id(), u.userId(), u.firstName(), u.lastName(), u.email(), u.phone(), u.uiLanguage(),
                    u.aliasUserId(), u.signature(), u.cardId(), u.showInstructionVideos(), u.country(),
                    u.personalIdentityCode(), u.active(), u.idpStatus(), u.idpEmail(), u.primaryCompanyId(),
                    u.createdBy(), u.platformSupport(), u.version(), u.employeeId(), u.deactivateDaysAfterEnd(),
                    u.reactivateDaysBeforeStart());
        }
    }

    @Schema(name = "UserSummary")
    public record UserSummaryJson(long id, String userId, String firstName, String lastName, String email, boolean active,
            @Schema(enumeration = {"NONE", "PENDING", "VERIFIED"}) String idpStatus, long primaryCompanyId) {

        public static UserSummaryJson of(UserSummary u) {
            return u == null ? null : new UserSummaryJson(u.id(), u.userId(), u.firstName(), u.lastName(), u.email(),
                    u.active(), u.idpStatus(), u.primaryCompanyId());
        }
    }

    @Schema(name = "RoleGrant")
    public record GrantJson(
            @Schema(enumeration = {"AUDITOR", "BOOKKEEPER", "FIRM_MAIN_USER", "PAYROLL_CALCULATOR",
                "PERSONAL_DATA_HANDLER", "SUPERVISOR", "USER_ADMIN"}) String role,
            @Schema(enumeration = {"COMPANY", "COST_CENTRE", "HIERARCHY"}) String scope, String costCentre,
            @Schema(format = "date") LocalDate validFrom, @Schema(format = "date") LocalDate validTo, Long grantedBy,
            Instant grantedAt,
            @Schema(enumeration = {"DIRECT", "COPY", "AUTOMATIC", "PLATFORM_SUPPORT"}) String origin, Long copiedFrom,
            String requestedBy) {

        public static GrantJson of(GrantView g) {
            return new GrantJson(g.role(), g.scope().name(), g.costCentre(), g.validFrom(), g.validTo(), g.grantedBy(),
                    g.grantedAt(), g.origin().name(), g.copiedFrom(), g.requestedBy());
        }
    }

    @Schema(name = "GrantMade", description = "The grant made, with warnings (D6)")
    public record GrantMadeJson(String role, String scope, String costCentre, LocalDate validFrom, LocalDate validTo,
            Long grantedBy, Instant grantedAt, String origin, Long copiedFrom, String requestedBy, List<String> warnings) {

        public static GrantMadeJson of(GrantView g, List<String> warnings) {
            GrantJson j = GrantJson.of(g);
            return new GrantMadeJson(j.role(), j.scope(), j.costCentre(), j.validFrom(), j.validTo(), j.grantedBy(),
                    j.grantedAt(), j.origin(), j.copiedFrom(), j.requestedBy(), warnings);
        }
    }

    @Schema(name = "Copied")
    public record CopiedJson(List<GrantJson> granted) {
    }

    @Schema(name = "Member", description = "One membership: the user, the company, validity, profiles, custom overrides"
            + " (absent in lists), roles and the version to send back when changing it")
    public record MemberJson(UserSummaryJson user, long companyId, String companyName, boolean primaryCompany,
            @Schema(format = "date") LocalDate validFrom, @Schema(format = "date") LocalDate validTo,
            @Schema(enumeration = {"ALL_RIGHTS", "SALES_LEDGER", "PURCHASE_LEDGER", "LEDGER", "COMPANY_USER", "SEARCH",
                "NONE"}) String accountingProfile,
            @Schema(enumeration = {"EMPLOYEE", "ALL_RIGHTS", "APPROVER", "MANAGEMENT", "BROWSE", "NONE"})
            String payrollProfile,
            @Schema(enumeration = {"NONE", "BROWSE", "PROCESSING", "MANAGER", "ADMINISTRATION"}) String crmProfile,
            @JsonbNillable(false) @Schema(nullable = true) Map<String, String> overrides, List<GrantJson> roles,
            long version,
            @JsonbNillable(false) @Schema(description = "Only when creating a user: whether an existing person was"
                    + " authorised (D11)") Boolean existingPersonAuthorised,
            @JsonbNillable(false) @Schema(description = "Only when changing: warnings such as D6's") List<String> warnings) {

        public static MemberJson of(MemberView v) {
            return of(v, null, null);
        }

        public static MemberJson of(MemberView v, Boolean existingPersonAuthorised, List<String> warnings) {
            Map<String, String> overrides = null;
            if (v.overrides() != null) {
                overrides = new TreeMap<>();
                for (var e : v.overrides().entrySet()) {
                    overrides.put(e.getKey(), e.getValue().name());
                }
            }
            return new MemberJson(UserSummaryJson.of(v.user()), v.companyId(), v.companyName(), v.primaryCompany(),
                    v.validFrom(), v.validTo(), v.accountingProfile().name(),
                    v.payrollProfile() == null ? null : v.payrollProfile().name(),
                    v.crmProfile() == null ? null : v.crmProfile().name(), overrides,
                    v.roles().stream().map(GrantJson::of).toList(), v.version(), existingPersonAuthorised, warnings);
        }
    }

    @Schema(name = "MemberPage")
    public record MemberPageJson(List<MemberJson> items, int page, int size, long total) {
        public static MemberPageJson of(Page<MemberView> p) {
            return new MemberPageJson(p.items().stream().map(MemberJson::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @Schema(name = "PageInfo")
    public record PageInfoJson(int page, int size, long total) {
    }

    @Schema(name = "Me", description = "The caller, with a page of their memberships and roles")
    public record MeJson(long id, String userId, String firstName, String lastName, String email, String phone,
            String uiLanguage, String aliasUserId, String signature, String cardId, boolean showInstructionVideos,
            String country, String personalIdentityCode, boolean active, String idpStatus, String idpEmail,
            long primaryCompanyId, Long createdBy, boolean platformSupport, long version, List<MemberJson> memberships,
            PageInfoJson membershipsPage) {

        public static MeJson of(UserView u, Page<MemberView> p) {
            return new MeJson(u.id(), u.userId(), u.firstName(), u.lastName(), u.email(), u.phone(), u.uiLanguage(),
                    u.aliasUserId(), u.signature(), u.cardId(), u.showInstructionVideos(), u.country(),
                    u.personalIdentityCode(), u.active(), u.idpStatus(), u.idpEmail(), u.primaryCompanyId(), u.createdBy(),
                    u.platformSupport(), u.version(), p.items().stream().map(MemberJson::of).toList(),
                    new PageInfoJson(p.page(), p.size(), p.total()));
        }
    }

    @Schema(name = "Removed")
    public record RemovedJson(boolean removed, boolean primaryCompany, int rolesRemoved) {
    }

    @Schema(name = "CompanyRef")
    public record CompanyRefJson(long id, String name) {
    }

    @Schema(name = "ValidityUpdated", description = "D12: how many and which companies' validity was changed")
    public record ValidityUpdatedJson(int updated, List<CompanyRefJson> companies) {
        public static ValidityUpdatedJson of(MembershipResults.AllCompanies a) {
            return new ValidityUpdatedJson(a.count(), refs(a));
        }
    }

    @Schema(name = "RemovedFromAll", description = "D9: from how many and which companies the user was removed")
    public record RemovedFromAllJson(int removed, List<CompanyRefJson> companies) {
        public static RemovedFromAllJson of(MembershipResults.AllCompanies a) {
            return new RemovedFromAllJson(a.count(), refs(a));
        }
    }

    private static List<CompanyRefJson> refs(MembershipResults.AllCompanies a) {
        return a.companies().stream().map(c -> new CompanyRefJson(c.id(), c.name())).toList();
    }

    @Schema(name = "RoleChoice", description = "A role as the grant dialog offers it: grantable, or the rule and why not")
    public record RoleChoiceJson(String role, String abbreviation, String description, boolean grantable, boolean held,
            @JsonbNillable(false) String rule, @JsonbNillable(false) String reason) {
        public static RoleChoiceJson of(RoleChoice c) {
            return new RoleChoiceJson(c.role(), c.abbreviation(), c.description(), c.grantable(), c.held(),
                    c.rule() == null ? null : c.rule().name(), c.reason());
        }
    }

    @Schema(name = "GrantableRoles")
    public record GrantableJson(List<RoleChoiceJson> roles) {
    }

    @Schema(name = "CheckAnswer", description = "Allowed or not, and why (SPEC 3)")
    public record CheckJson(boolean allowed, List<String> reasons) {
    }

    @Schema(name = "AuditorOrganisationAnswer")
    public record AuditorOrganisationJson(Long companyId) {
    }

    @Schema(name = "AuditEvent")
    public record AuditEventJson(long id, Instant occurredAt, Long actorId, String actor, String action,
            @Schema(enumeration = {"ALLOWED", "DENIED"}) String outcome, Long companyId, String targetType,
            String targetId, String rule, String detail,
            @Schema(description = "JSON text of the state before") String before,
            @Schema(description = "JSON text of the state after") String after, String requestId) {

        public static AuditEventJson of(AuditEventView e) {
            return new AuditEventJson(e.id(), e.occurredAt(), e.actorId(), e.actor(), e.action(), e.outcome(),
                    e.companyId(), e.targetType(), e.targetId(), e.rule(), e.detail(), e.before(), e.after(),
                    e.requestId());
        }
    }

    @Schema(name = "AuditPage")
    public record AuditPageJson(List<AuditEventJson> items, int page, int size, long total) {
        public static AuditPageJson of(Page<AuditEventView> p) {
            return new AuditPageJson(p.items().stream().map(AuditEventJson::of).toList(), p.page(), p.size(), p.total());
        }
    }

    // ---------------------------------------------------------------- SPEC 5.1-5.3, 5.5: employees, settings, templates

    @Schema(name = "CostCentre")
    public record CostCentreJson(long id, String code, String name) {
        public static CostCentreJson of(CostCentreView k) {
            return new CostCentreJson(k.id(), k.code(), k.name());
        }
    }

    @Schema(name = "CostCentrePage")
    public record CostCentrePageJson(List<CostCentreJson> items, int page, int size, long total) {
        public static CostCentrePageJson of(Page<CostCentreView> p) {
            return new CostCentrePageJson(p.items().stream().map(CostCentreJson::of).toList(), p.page(), p.size(),
                    p.total());
        }
    }

    @Schema(name = "EmploymentPeriodAnswer")
    public record EmploymentJson(@Schema(format = "date") LocalDate start,
            @Schema(format = "date", nullable = true, description = "null: an open employment") LocalDate end) {
    }

    @Schema(name = "HomeCostCentreAnswer")
    public record HomeCostCentreJson(String costCentre, @Schema(format = "date") LocalDate from) {
    }

    @Schema(name = "EmployeeAnswer", description = "An employee record, the account linked to it (linkedUserId, null"
            + " when none) and the version to send back when changing it")
    public record EmployeeJson(long id, String number, String firstName, String lastName, String email,
            Long managerEmployeeId, List<EmploymentJson> employments, List<HomeCostCentreJson> homeCostCentres,
            String linkedUserId, long version) {

        public static EmployeeJson of(EmployeeView e) {
            return new EmployeeJson(e.id(), e.number(), e.firstName(), e.lastName(), e.email(), e.managerEmployeeId(),
                    e.employments().stream().map(p -> new EmploymentJson(p.start(), p.end())).toList(),
                    e.homeCostCentres().stream().map(h -> new HomeCostCentreJson(h.costCentre(), h.from())).toList(),
                    e.linkedUserId(), e.version());
        }
    }

    @Schema(name = "EmployeePage")
    public record EmployeePageJson(List<EmployeeJson> items, int page, int size, long total) {
        public static EmployeePageJson of(Page<EmployeeView> p) {
            return new EmployeePageJson(p.items().stream().map(EmployeeJson::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @Schema(name = "CompanySettingsAnswer")
    public record SettingsJson(long companyId, int permissionToleranceDays, List<String> verifiedDomains,
            @Schema(description = "Send back (version or If-Match) to change them") long version) {
        public static SettingsJson of(SettingsView s) {
            return new SettingsJson(s.companyId(), s.permissionToleranceDays(), s.verifiedDomains(), s.version());
        }
    }

    @Schema(name = "UserTemplate")
    public record TemplateJson(long id, String name, Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart,
            @Schema(enumeration = {"ALL_RIGHTS", "SALES_LEDGER", "PURCHASE_LEDGER", "LEDGER", "COMPANY_USER", "SEARCH",
                "NONE"}) String accountingProfile,
            @Schema(enumeration = {"EMPLOYEE", "ALL_RIGHTS", "APPROVER", "MANAGEMENT", "BROWSE", "NONE"})
            String payrollProfile,
            @Schema(enumeration = {"NONE", "BROWSE", "PROCESSING", "MANAGER", "ADMINISTRATION"}) String crmProfile,
            String language, long version) {

        public static TemplateJson of(TemplateView t) {
            return new TemplateJson(t.id(), t.name(), t.deactivateDaysAfterEnd(), t.reactivateDaysBeforeStart(),
                    t.accountingProfile() == null ? null : t.accountingProfile().name(),
                    t.payrollProfile() == null ? null : t.payrollProfile().name(),
                    t.crmProfile() == null ? null : t.crmProfile().name(), t.language(), t.version());
        }
    }

    @Schema(name = "UserTemplatePage")
    public record TemplatePageJson(List<TemplateJson> items, int page, int size, long total) {
        public static TemplatePageJson of(Page<TemplateView> p) {
            return new TemplatePageJson(p.items().stream().map(TemplateJson::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @Schema(name = "EmployeeLinkAnswer", description = "SPEC 5.3: the account, the employee record it is linked to, and"
            + " the e-mail the account has now (the employee's)")
    public record EmployeeLinkJson(String userId, long companyId, long employeeId, String email) {
        public static EmployeeLinkJson of(EmployeeLinkView v) {
            return new EmployeeLinkJson(v.userId(), v.companyId(), v.employeeId(), v.email());
        }
    }

    @Schema(name = "ActivationPolicyAnswer")
    public record ActivationPolicyJson(String userId, Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart,
            @Schema(description = "The employee record whose employment periods the daily job follows; null: none yet")
            Long employeeId) {
        public static ActivationPolicyJson of(ActivationPolicyView v) {
            return new ActivationPolicyJson(v.userId(), v.deactivateDaysAfterEnd(), v.reactivateDaysBeforeStart(),
                    v.employeeId());
        }
    }
}
