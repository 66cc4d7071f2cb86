package app.rolegate.payroll;

import app.rolegate.check.CheckContext;
import app.rolegate.check.CoverageRule;
import app.rolegate.check.EmployeeFacts;
import app.rolegate.check.PermissionRule;
import app.rolegate.check.ProfileRule;
import app.rolegate.check.Verdict;
import app.rolegate.membership.PayrollProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The payroll permissions of SPEC 3, contributed to the check. All need payroll enabled in the company. */
@ApplicationScoped
public class PayrollPermissions implements PermissionRule {
    private static final Set<String> WITH_EMPLOYEE = Set.of("payroll.payslip.read", "time.approve", "personal-data.edit");

    @Override
    public Set<String> permissions() {
        return Set.of("payroll.read", "payroll.calculate", "payroll.payslip.read", "time.approve", "personal-data.edit");
    }

    @Override
    public boolean needsEmployee(String permission) {
        return WITH_EMPLOYEE.contains(permission);
    }

    @Override
    public Verdict evaluate(String permission, CheckContext ctx) {
        if (!ctx.company().payrollEnabled()) {
            return Verdict.deny("payroll is not enabled in " + ctx.company().name());
        }
        PayrollProfile p = ctx.membership().payrollProfile() == null ? PayrollProfile.NONE : ctx.membership().payrollProfile();
        String text = "payroll profile " + p;
        List<String> missing = new ArrayList<>();
        switch (permission) {
            case "payroll.read" -> {
                if (profile(ctx, permission, EnumSet.of(PayrollProfile.ALL_RIGHTS, PayrollProfile.MANAGEMENT,
                        PayrollProfile.BROWSE).contains(p), text, missing)) {
                    return Verdict.allow(ProfileRule.allowedBy(ctx, permission, text));
                }
            }
            case "payroll.calculate" -> {
                if (!ctx.holds(PayrollRoles.PAYROLL_CALCULATOR)) {
                    return Verdict.deny("no " + PayrollRoles.PAYROLL_CALCULATOR + " role");
                }
                if (p != PayrollProfile.ALL_RIGHTS) {
                    return Verdict.deny("PAYROLL_CALCULATOR needs payroll profile ALL_RIGHTS to run payroll; it is " + p);
                }
                return Verdict.allow("role PAYROLL_CALCULATOR with payroll profile ALL_RIGHTS");
            }
            case "payroll.payslip.read" -> {
                EmployeeFacts x = ctx.employee();
                if (!x.inCompany()) {
                    return Verdict.deny(x.name() + " is not an employee of " + ctx.company().name());
                }
                if (x.ownRecord()) {
                    return Verdict.allow(x.name() + " is " + ctx.userId() + "'s own employee record");
                }
                missing.add(x.name() + " is not " + ctx.userId() + "'s own employee record");
                if (profile(ctx, permission, EnumSet.of(PayrollProfile.ALL_RIGHTS, PayrollProfile.MANAGEMENT)
                        .contains(p), text, missing)) {
                    return Verdict.allow(ProfileRule.allowedBy(ctx, permission, text));
                }
                CoverageRule.Covered sup = ctx.covering(PayrollRoles.SUPERVISOR);
                if (sup.covers()) {
                    return Verdict.allow(sup.reason());
                }
                missing.add(sup.reason());
            }
            case "time.approve" -> {
                // SPEC 3 (revision 2): SUPERVISOR covering X; or payroll profile APPROVER with a SUPERVISOR or
                // PERSONAL_DATA_HANDLER grant covering X (an approver also needs hierarchical rights). No other
                // grant makes an approver.
                EmployeeFacts x = ctx.employee();
                if (!x.inCompany()) {
                    return Verdict.deny(x.name() + " is not an employee of " + ctx.company().name());
                }
                CoverageRule.Covered sup = ctx.covering(PayrollRoles.SUPERVISOR);
                if (sup.covers()) {
                    return Verdict.allow(sup.reason());
                }
                missing.add(sup.reason());
                Optional<String> approver = ProfileRule.allows(ctx, permission, p == PayrollProfile.APPROVER, text);
                if (approver.isEmpty()) {
                    CoverageRule.Covered hh = ctx.covering(PayrollRoles.PERSONAL_DATA_HANDLER);
                    String as = ctx.override(permission).map(o -> "custom override " + permission + "=" + o).orElse(text);
                    if (hh.covers()) {
                        return Verdict.allow(as + " with " + hh.reason());
                    }
                    missing.add(as + ", but " + hh.reason() + ": an approver also needs a SUPERVISOR or"
                            + " PERSONAL_DATA_HANDLER grant covering the employee");
                } else {
                    missing.add(ctx.override(permission).isPresent() ? approver.get() : text + " is not APPROVER;"
                            + " only an APPROVER with a SUPERVISOR or PERSONAL_DATA_HANDLER grant covering the employee,"
                            + " or a SUPERVISOR covering them, approves");
                }
            }
            case "personal-data.edit" -> {
                EmployeeFacts x = ctx.employee();
                if (!x.inCompany()) {
                    return Verdict.deny(x.name() + " is not an employee of " + ctx.company().name());
                }
                if (ctx.holds(PayrollRoles.PAYROLL_CALCULATOR)) {
                    return Verdict.allow("role PAYROLL_CALCULATOR allows personal-data.edit of every employee of "
                            + ctx.company().name());
                }
                CoverageRule.Covered hh = ctx.covering(PayrollRoles.PERSONAL_DATA_HANDLER);
                if (hh.covers()) {
                    return Verdict.allow(hh.reason());
                }
                missing.add(hh.reason());
                missing.add("no PAYROLL_CALCULATOR role");
            }
            default -> throw new IllegalArgumentException(permission);
        }
        return new Verdict(false, missing);
    }

    private static boolean profile(CheckContext ctx, String permission, boolean allows, String text, List<String> missing) {
        Optional<String> why = ProfileRule.allows(ctx, permission, allows, text);
        why.ifPresent(missing::add);
        return why.isEmpty();
    }
}
