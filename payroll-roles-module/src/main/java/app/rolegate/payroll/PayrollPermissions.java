package app.rolegate.payroll;

import app.rolegate.check.CheckContext;
import app.rolegate.check.PermissionRule;
import app.rolegate.check.ProfileRule;
import app.rolegate.check.Verdict;
import app.rolegate.check.CheckFacts.GrantFacts;
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
                if (profile(ctx, permission, EnumSet.of(PayrollProfile.ALL_RIGHTS, PayrollProfile.MANAGEMENT)
                        .contains(p), text, missing)) {
                    return Verdict.allow(ProfileRule.allowedBy(ctx, permission, text));
                }
                Optional<String> sup = ctx.roleCovering(PayrollRoles.SUPERVISOR);
                if (sup.isEmpty()) {
                    return Verdict.allow("role SUPERVISOR covering employee " + ctx.employeeId());
                }
                missing.add(sup.get());
            }
            case "time.approve" -> {
                Optional<String> sup = ctx.roleCovering(PayrollRoles.SUPERVISOR);
                if (sup.isEmpty()) {
                    return Verdict.allow("role SUPERVISOR covering employee " + ctx.employeeId());
                }
                missing.add(sup.get());
                if (p == PayrollProfile.APPROVER) {
                    // The approver profile approves those that one of the user's grants covers.
                    for (GrantFacts g : ctx.grants()) {
                        if (ctx.coverage().covers(g, ctx.company().id(), ctx.employeeId(), ctx.day()).isEmpty()) {
                            return Verdict.allow("payroll profile APPROVER with " + g.role() + " covering employee "
                                    + ctx.employeeId());
                        }
                    }
                    missing.add("payroll profile APPROVER, but no grant covers employee " + ctx.employeeId());
                } else {
                    missing.add(text + " is not APPROVER");
                }
            }
            case "personal-data.edit" -> {
                if (ctx.holds(PayrollRoles.PAYROLL_CALCULATOR)) {
                    return Verdict.allow("role PAYROLL_CALCULATOR allows personal-data.edit");
                }
                Optional<String> hh = ctx.roleCovering(PayrollRoles.PERSONAL_DATA_HANDLER);
                if (hh.isEmpty()) {
                    return Verdict.allow("role PERSONAL_DATA_HANDLER covering employee " + ctx.employeeId());
                }
                missing.add(hh.get());
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
