package app.rolegate.delegation;

import app.rolegate.platform.RuleId;
import java.util.Optional;

/** The engine's answer: allowed, or denied by a named rule with a reason. */
public record Decision(boolean allowed, RuleId rule, String reason) {
    public static Decision allow(RuleId rule, String reason) {
        return new Decision(true, rule, reason);
    }

    public static Decision from(Optional<Denial> denial, RuleId allowingRule, String reason) {
        return denial.map(d -> new Decision(false, d.rule(), d.reason())).orElse(allow(allowingRule, reason));
    }
}
