package app.rolegate.delegation;

import app.rolegate.platform.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The policy's answer: allowed (with the rule that allowed, and warnings), or refused in one of four
 * ways that the interfaces turn into HTTP alike everywhere: denied by a rule (403 naming it),
 * hidden (404, SPEC 2.1: the caller may not learn that the target exists), invalid (400 naming the
 * field), or in conflict with what exists (409).
 */
public record Decision(Outcome outcome, RuleId rule, String reason, String field, boolean companyHidden,
        List<String> warnings) {

    public enum Outcome { ALLOW, DENY, HIDDEN, INVALID, CONFLICT }

    public Decision {
        warnings = List.copyOf(warnings);
    }

    public static Decision allow(RuleId rule) {
        return new Decision(Outcome.ALLOW, rule, null, null, false, List.of());
    }

    public static Decision deny(RuleId rule, String reason) {
        return new Decision(Outcome.DENY, rule, reason, null, false, List.of());
    }

    public static Decision deny(Denial d) {
        return deny(d.rule(), d.reason());
    }

    /**
     * 404: the company is unknown or the caller is not a member of it. The reason is for the audit
     * log only; such an event belongs to no company (a platform event), because a company's
     * administrators must not learn who probes it either.
     */
    public static Decision hiddenCompany(String reason) {
        return new Decision(Outcome.HIDDEN, RuleId.D2, reason, null, true, List.of());
    }

    /** 404: the target user is unknown, invisible to the caller (D2), or not a member where asked. */
    public static Decision hidden(String reason) {
        return new Decision(Outcome.HIDDEN, RuleId.D2, reason, null, false, List.of());
    }

    public static Decision invalid(RuleId rule, String field, String reason) {
        return new Decision(Outcome.INVALID, rule, reason, field, false, List.of());
    }

    public static Decision conflict(String reason) {
        return new Decision(Outcome.CONFLICT, null, reason, null, false, List.of());
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }

    /**
     * This decision if it refuses; otherwise the next one, which keeps this one's warnings, and this
     * one's allowing rule when it names none of its own.
     */
    public Decision and(Supplier<Decision> next) {
        if (!allowed()) {
            return this;
        }
        Decision d = next.get();
        RuleId r = d.allowed() && d.rule == null ? rule : d.rule;
        List<String> all = new ArrayList<>(warnings);
        all.addAll(d.warnings);
        return new Decision(d.outcome, r, d.reason, d.field, d.companyHidden, all);
    }

    public Decision withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return new Decision(outcome, rule, reason, field, companyHidden, all);
    }

    /** An allowing decision that names another rule as the one that allowed. */
    public Decision because(RuleId allowingRule) {
        return allowed() ? new Decision(outcome, allowingRule, reason, field, companyHidden, warnings) : this;
    }
}
