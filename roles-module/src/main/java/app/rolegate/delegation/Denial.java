package app.rolegate.delegation;

import app.rolegate.platform.RuleId;

/** Why a role's own rule said no, in words a person understands. */
public record Denial(RuleId rule, String reason) {
}
