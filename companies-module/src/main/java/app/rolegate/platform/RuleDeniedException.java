package app.rolegate.platform;

/**
 * A rule denied the operation: 403 naming the rule. The caller may see what the reason names (SPEC
 * 2.1); an invisible target is a {@link NotFoundException} instead.
 */
public class RuleDeniedException extends RolegateException {
    private final RuleId rule;

    public RuleDeniedException(RuleId rule, String message) {
        super(message);
        this.rule = rule;
    }

    @Override
    public RuleId rule() {
        return rule;
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return rule.isDelegationRule() ? "Denied by rule " + rule.name() : "Forbidden";
    }
}
