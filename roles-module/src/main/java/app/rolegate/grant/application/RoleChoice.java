package app.rolegate.grant.application;

import app.rolegate.platform.RuleId;

/**
 * One role as the grant dialog offers it (SPEC 4.2): grantable now, or not, with the rule and a
 * reason a person understands. A role the target already holds is not grantable, without a rule.
 */
public record RoleChoice(String role, String abbreviation, String description, boolean grantable, boolean held,
        RuleId rule, String reason) {
}
