package app.rolegate.delegation;

import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.RuleId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides every grant and revocation, whatever path asks (API, copy, client companies, bulk, jobs).
 * It is pure: it reads only the {@link GrantRequest} it is given, so it can be tested on its own
 * against the decision table. Rules that all roles share live here; each role's own rules live in
 * its {@link RoleDefinition}.
 */
@ApplicationScoped
public class DelegationEngine {
    @Inject
    @Any
    Instance<RoleDefinition> contributed;

    @Inject
    SeparationOfDuty separationOfDuty;

    private Map<String, RoleDefinition> roles;

    public DelegationEngine() {
    }

    /** For tests outside the container. */
    public DelegationEngine(List<RoleDefinition> definitions, SeparationOfDuty sod) {
        this.separationOfDuty = sod;
        index(definitions);
    }

    @PostConstruct
    void init() {
        index(contributed.stream().toList());
    }

    private void index(List<RoleDefinition> definitions) {
        Map<String, RoleDefinition> byCode = new LinkedHashMap<>();
        definitions.stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(d -> byCode.put(d.code(), d));
        this.roles = Collections.unmodifiableMap(byCode);
    }

    /** Every role known to the platform, by code. */
    public Map<String, RoleDefinition> roles() {
        return roles;
    }

    public RoleDefinition role(String code) {
        RoleDefinition d = code == null ? null : roles.get(code);
        if (d == null) {
            throw new InvalidInputException("role", "unknown role '" + code + "'; roles are " + roles.keySet());
        }
        return d;
    }

    /** May the actor give the target this role? */
    public Decision decideGrant(GrantRequest r, String roleCode) {
        RoleDefinition role = role(roleCode);
        Optional<Denial> shared = selfRule(r).or(() -> grantorRule(r, role));
        if (shared.isPresent()) {
            return Decision.from(shared, null, null);
        }
        Optional<Denial> denial = role.availableIn(r.company())
                .or(() -> r.origin() == GrantOrigin.AUTOMATIC ? Optional.empty() : role.mayGrant(r))
                .or(() -> separationOfDuty.check(with(r.targetRoles(), roleCode)));
        return Decision.from(denial, allowingRule(r, roleCode), "may grant " + roleCode);
    }

    /** May the actor take this role away from the target? (D9: symmetric to granting; D16: no cascade.) */
    public Decision decideRevoke(GrantRequest r, String roleCode) {
        RoleDefinition role = role(roleCode);
        Optional<Denial> denial = selfRule(r);
        if (denial.isEmpty()) {
            // Support's exceptional power covers FIRM_MAIN_USER (D5, D9); for other roles it is bound like anyone (D2).
            boolean supportException = r.actor().platformSupport() && CoreRoles.FIRM_MAIN_USER.equals(roleCode);
            denial = supportException ? role.mayRevoke(r) : administers(r).or(() -> role.mayRevoke(r));
        }
        return Decision.from(denial, RuleId.D9, "may revoke " + roleCode);
    }

    /**
     * D5: copying is all or nothing. Every role the source holds must be one the actor may grant
     * (FIRM_MAIN_USER counting as copyable), and the result must keep separation of duty.
     */
    public Decision decideCopy(GrantRequest r, Set<String> sourceRoles) {
        GrantRequest copy = r.withOrigin(GrantOrigin.COPY);
        Optional<Denial> shared = selfRule(copy).or(() -> administers(copy));
        if (shared.isPresent()) {
            return Decision.from(shared, null, null);
        }
        Set<String> after = new TreeSet<>(r.targetRoles());
        for (String roleCode : new TreeSet<>(sourceRoles)) {
            RoleDefinition role = role(roleCode);
            Optional<Denial> d = role.availableIn(r.company()).or(() -> role.mayGrant(copy));
            if (d.isPresent()) {
                return new Decision(false, d.get().rule(), "The copy includes " + roleCode + ": " + d.get().reason());
            }
            after.add(roleCode);
        }
        return Decision.from(separationOfDuty.check(after), RuleId.D5, "may copy the rights");
    }

    /** D1: nobody changes their own rights; the system's own grants are not the actor's. */
    public static Optional<Denial> selfRule(GrantRequest r) {
        if (r.actor().isUser() && r.actor().is(r.target().id())) {
            return Optional.of(new Denial(RuleId.D1, "Nobody grants, revokes or changes rights on their own membership"));
        }
        return Optional.empty();
    }

    /** D2: only USER_ADMIN or FIRM_MAIN_USER of the company administer its memberships. */
    static Optional<Denial> administers(GrantRequest r) {
        if (r.actorHolds(CoreRoles.USER_ADMIN) || r.actorHolds(CoreRoles.FIRM_MAIN_USER)) {
            return Optional.empty();
        }
        return Optional.of(new Denial(RuleId.D2,
                "Only a USER_ADMIN or FIRM_MAIN_USER of " + r.company().name() + " changes rights there"));
    }

    private Optional<Denial> grantorRule(GrantRequest r, RoleDefinition role) {
        if (r.origin() == GrantOrigin.AUTOMATIC) {
            return r.actor().isUser() ? Optional.of(new Denial(RuleId.D2, "Only the system makes automatic grants"))
                    : Optional.empty();
        }
        if (r.origin() == GrantOrigin.PLATFORM_SUPPORT) {
            if (!r.actor().platformSupport()) {
                return Optional.of(new Denial(RuleId.D5, "Only platform support makes exceptional grants"));
            }
            if (!CoreRoles.FIRM_MAIN_USER.equals(role.code())) {
                return Optional.of(new Denial(RuleId.D5, "Platform support grants FIRM_MAIN_USER only"));
            }
            return Optional.empty();
        }
        return administers(r);
    }

    private static RuleId allowingRule(GrantRequest r, String roleCode) {
        if (r.origin() == GrantOrigin.COPY || r.origin() == GrantOrigin.PLATFORM_SUPPORT) {
            return RuleId.D5;
        }
        if (r.origin() == GrantOrigin.AUTOMATIC) {
            return null; // the system's own grant (a first user, D13's propagation): no delegation rule is involved
        }
        return r.actorHolds(CoreRoles.FIRM_MAIN_USER) ? RuleId.D4 : RuleId.D3;
    }

    private static Set<String> with(Set<String> roles, String role) {
        Set<String> s = new TreeSet<>(roles);
        s.add(role);
        return s;
    }
}
