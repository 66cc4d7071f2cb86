package app.rolegate.delegation;

import app.rolegate.company.Company;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.payroll.PayrollCalculatorRole;
import app.rolegate.payroll.PersonalDataHandlerRole;
import app.rolegate.payroll.SupervisorRole;
import app.rolegate.platform.Actor;
import app.rolegate.user.UserAccount;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the delegation engine and its inputs outside the container. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final String DEFAULT_SOD = "AUDITOR+BOOKKEEPER,AUDITOR+USER_ADMIN";

    static final String UA = "USER_ADMIN";
    static final String FMU = "FIRM_MAIN_USER";
    static final String BK = "BOOKKEEPER";
    static final String AUD = "AUDITOR";
    static final String PC = "PAYROLL_CALCULATOR";
    static final String SUP = "SUPERVISOR";
    static final String PDH = "PERSONAL_DATA_HANDLER";
    static final List<String> ALL_ROLES = List.of(UA, FMU, BK, AUD, PC, SUP, PDH);

    private Fixtures() {
    }

    /** SeparationOfDuty as the container would make it: the configured text, then @PostConstruct parse(). */
    static SeparationOfDuty separationOfDuty(String configured) {
        SeparationOfDuty sod = new SeparationOfDuty();
        sod.configured = configured;
        sod.parse();
        return sod;
    }

    static List<RoleDefinition> allRoleDefinitions() {
        return List.of(new UserAdminRole(), new FirmMainUserRole(), new BookkeeperRole(), new AuditorRole(),
                new PayrollCalculatorRole(), new SupervisorRole(), new PersonalDataHandlerRole());
    }

    static DelegationEngine engine() {
        return engine(DEFAULT_SOD);
    }

    static DelegationEngine engine(String separationOfDuty) {
        return new DelegationEngine(allRoleDefinitions(), separationOfDuty(separationOfDuty));
    }

    /** Sets the generated id of an entity, as persisting it would. */
    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Company company(long id, String name, boolean payrollEnabled) {
        return withId(new Company(name, null, false, null, payrollEnabled, false, NOW), id);
    }

    static UserAccount user(long id, long primaryCompanyId) {
        return withId(new UserAccount("user" + id, primaryCompanyId, null, NOW), id);
    }

    static Actor person(long id) {
        return Actor.user(id, "user" + id, false);
    }

    static Actor support(long id) {
        return Actor.user(id, "support", true);
    }

    static GrantRequest request(Actor actor, Set<String> actorRoles, Company company, UserAccount target,
            Set<String> targetRoles, Long auditorOrganisationId, GrantOrigin origin) {
        return new GrantRequest(actor, Set.copyOf(actorRoles), company, target, Set.copyOf(targetRoles),
                Optional.ofNullable(auditorOrganisationId), origin);
    }
}
