package app.rolegate.platform;

/** A delegation rule denied the operation: 403 naming the rule. */
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
        return "Denied by rule " + rule.name();
    }
}
