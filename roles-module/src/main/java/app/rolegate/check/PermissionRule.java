package app.rolegate.check;

import java.util.Set;

/**
 * The extension point of the check: a bean that answers for some permissions. The roles module
 * answers the core ones; other modules (payroll) contribute theirs.
 */
public interface PermissionRule {
    /** The permission names this rule answers, e.g. {@code accounting.read}. */
    Set<String> permissions();

    /** Whether the permission needs an employee (X) to be named. */
    default boolean needsEmployee(String permission) {
        return false;
    }

    /** The answer for one permission, given that the SPEC 2 head conditions already hold. */
    Verdict evaluate(String permission, CheckContext ctx);
}
