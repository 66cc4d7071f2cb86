package app.rolegate.delegation;

import app.rolegate.membership.PayrollProfile;
import app.rolegate.payroll.PayrollCalculatorRole;
import app.rolegate.payroll.PersonalDataHandlerRole;
import app.rolegate.payroll.SupervisorRole;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Builds the delegation policy and its facts outside the container. */
final class Fixtures {
    /** The day every decision is taken on. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    /** SPEC revision 2, D15: the auditor's independence from BOOKKEEPER, USER_ADMIN and FIRM_MAIN_USER. */
    static final String DEFAULT_SOD = "AUDITOR+BOOKKEEPER,AUDITOR+USER_ADMIN,AUDITOR+FIRM_MAIN_USER";

    static final String UA = "USER_ADMIN";
    static final String FMU = "FIRM_MAIN_USER";
    static final String BK = "BOOKKEEPER";
    static final String AUD = "AUDITOR";
    static final String PC = "PAYROLL_CALCULATOR";
    static final String SUP = "SUPERVISOR";
    static final String PDH = "PERSONAL_DATA_HANDLER";
    static final List<String> ALL_ROLES = List.of(UA, FMU, BK, AUD, PC, SUP, PDH);
    static final Set<String> PAYROLL_ROLES = Set.of(PC, SUP, PDH);

    private Fixtures() {
    }

    static List<RoleDefinition> allRoleDefinitions() {
        return List.of(new UserAdminRole(), new FirmMainUserRole(), new BookkeeperRole(), new AuditorRole(),
                new PayrollCalculatorRole(), new SupervisorRole(), new PersonalDataHandlerRole());
    }

    static DelegationPolicy policy() {
        return policy(DEFAULT_SOD);
    }

    static DelegationPolicy policy(String separationOfDuty) {
        return new DelegationPolicy(allRoleDefinitions(), SeparationOfDuty.of(separationOfDuty));
    }

    // ---------------------------------------------------------------- actors and accounts

    static String userId(long id) {
        return "user" + id;
    }

    static Actor person(long id) {
        return Actor.user(id, userId(id), false);
    }

    static Actor support(long id) {
        return Actor.user(id, "support", true);
    }

    /** An active account without identity code, created by nobody known. */
    static TargetFacts account(long id, long primaryCompanyId) {
        return new TargetFacts(id, userId(id), primaryCompanyId, null, true, false, false);
    }

    static TargetFacts supportAccount(long id, long primaryCompanyId) {
        return new TargetFacts(id, "support", primaryCompanyId, null, true, true, false);
    }

    // ---------------------------------------------------------------- companies

    static CompanyFacts company(long id, String name, boolean payrollEnabled, Long mainUserId) {
        return new CompanyFacts(id, name, false, null, payrollEnabled, false, mainUserId);
    }

    static CompanyFacts firm(long id, String name, Long mainUserId) {
        return new CompanyFacts(id, name, true, null, true, false, mainUserId);
    }

    /** The actor as a member (valid today) of the company, with the roles that count for them there. */
    static ActorFacts in(Actor actor, CompanyFacts c, Set<String> roles) {
        return new ActorFacts(actor, c.id(), c, true, roles);
    }

    /** The actor where they are no member (or the company is unknown when {@code c} is null). */
    static ActorFacts outside(Actor actor, long companyId, CompanyFacts c) {
        return new ActorFacts(actor, companyId, c, false, Set.of());
    }

    // ---------------------------------------------------------------- grants and memberships

    static HeldGrant live(String role) {
        return new HeldGrant(role, null, null, Validity.untilFurtherNotice());
    }

    /** Wholly passed: ended yesterday (D17). */
    static HeldGrant expired(String role) {
        return new HeldGrant(role, null, null, Validity.of(TODAY.minusYears(1), TODAY.minusDays(1)));
    }

    /** Not yet valid: starts tomorrow. */
    static HeldGrant future(String role) {
        return new HeldGrant(role, null, null, Validity.of(TODAY.plusDays(1), null));
    }

    /** Grants from "+"-separated role codes, each optionally suffixed {@code ~expired} or {@code ~future}; "-" is none. */
    static List<HeldGrant> grants(String spec) {
        List<HeldGrant> result = new ArrayList<>();
        if (spec == null || spec.isBlank() || "-".equals(spec)) {
            return result;
        }
        for (String s : spec.split("\\+")) {
            String[] p = s.strip().split("~");
            result.add(p.length == 1 ? live(p[0]) : switch (p[1]) {
                case "expired" -> expired(p[0]);
                case "future" -> future(p[0]);
                case "live" -> live(p[0]);
                default -> throw new IllegalArgumentException("grant state " + s);
            });
        }
        return result;
    }

    /** A membership valid until further notice, in a company that is not the user's primary one or is. */
    static MemberFacts member(TargetFacts u, List<HeldGrant> grants, PayrollProfile payroll) {
        return new MemberFacts(u, u.accountId() * 100, Validity.untilFurtherNotice(), payroll, grants,
                Validity.untilFurtherNotice());
    }

    static MemberFacts member(TargetFacts u, String... roles) {
        return member(u, Arrays.stream(roles).map(Fixtures::live).toList(), PayrollProfile.ALL_RIGHTS);
    }

    static Set<String> roles(String spec) {
        return "-".equals(spec) || spec.isBlank() ? Set.of() : Set.of(spec.split("\\+"));
    }
}
