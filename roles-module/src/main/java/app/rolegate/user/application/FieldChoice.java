package app.rolegate.user.application;

import app.rolegate.platform.RuleId;

/**
 * One field of an account as the admin pages' General tab offers it (SPEC 4.2): editable by the actor
 * now, or not, with the rule and a reason a person understands. {@code personalIdentityCode} stands for
 * the identity code with its country, which change together.
 */
public record FieldChoice(String field, boolean editable, RuleId rule, String reason) {
}
