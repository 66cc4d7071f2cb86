package app.rolegate.check;

import app.rolegate.grant.CoreRoles;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The permissions of SPEC 3 that the core roles and the accounting and CRM profiles give. */
@ApplicationScoped
public class CorePermissions implements PermissionRule {
    private static final Map<String, Set<AccountingProfile>> ACCOUNTING = Map.of(
            "accounting.read", EnumSet.of(AccountingProfile.ALL_RIGHTS, AccountingProfile.COMPANY_USER),
            "accounting.edit", EnumSet.of(AccountingProfile.ALL_RIGHTS),
            // SPEC 3 (revision 2): COMPANY_USER is ALL_RIGHTS but read-only in base accounting and the
            // income tax return, so it edits the ledgers.
            "sales-ledger.edit", EnumSet.of(AccountingProfile.ALL_RIGHTS, AccountingProfile.COMPANY_USER,
                    AccountingProfile.LEDGER, AccountingProfile.SALES_LEDGER),
            "purchase-ledger.edit", EnumSet.of(AccountingProfile.ALL_RIGHTS, AccountingProfile.COMPANY_USER,
                    AccountingProfile.LEDGER, AccountingProfile.PURCHASE_LEDGER),
            "accounting.search", EnumSet.complementOf(EnumSet.of(AccountingProfile.NONE)));
    private static final Map<String, CrmProfile> CRM = Map.of("crm.read", CrmProfile.BROWSE, "crm.process",
            CrmProfile.PROCESSING, "crm.templates", CrmProfile.MANAGER, "crm.admin", CrmProfile.ADMINISTRATION);
    /** Roles that give a permission whatever the profile. */
    private static final Map<String, List<String>> ROLES = Map.of(
            "users.manage", List.of(CoreRoles.USER_ADMIN, CoreRoles.FIRM_MAIN_USER),
            "accounting.read", List.of(CoreRoles.AUDITOR),
            "accounting.advanced", List.of(CoreRoles.BOOKKEEPER),
            "audit.read", List.of(CoreRoles.AUDITOR, CoreRoles.USER_ADMIN));

    @Override
    public Set<String> permissions() {
        Set<String> all = new java.util.TreeSet<>(ACCOUNTING.keySet());
        all.addAll(CRM.keySet());
        all.addAll(ROLES.keySet());
        return all;
    }

    @Override
    public Verdict evaluate(String permission, CheckContext ctx) {
        List<String> missing = new ArrayList<>();
        for (String role : ROLES.getOrDefault(permission, List.of())) {
            if (ctx.holds(role)) {
                return Verdict.allow("role " + role + " allows " + permission);
            }
            missing.add("no " + role + " role");
        }
        Set<AccountingProfile> profiles = ACCOUNTING.get(permission);
        if (profiles != null) {
            AccountingProfile p = ctx.membership().accountingProfile();
            String text = "accounting profile " + p;
            Optional<String> why = ProfileRule.allows(ctx, permission, profiles.contains(p), text);
            if (why.isEmpty()) {
                return Verdict.allow(ProfileRule.allowedBy(ctx, permission, text));
            }
            missing.add(why.get());
        }
        CrmProfile least = CRM.get(permission);
        if (least != null) {
            if (!ctx.company().crmEnabled()) {
                return Verdict.deny("CRM is not enabled in " + ctx.company().name());
            }
            CrmProfile p = ctx.membership().crmProfile() == null ? CrmProfile.NONE : ctx.membership().crmProfile();
            String text = "CRM profile " + p;
            Optional<String> why = ProfileRule.allows(ctx, permission, p.compareTo(least) >= 0, text);
            if (why.isEmpty()) {
                return Verdict.allow(ProfileRule.allowedBy(ctx, permission, text));
            }
            missing.add(why.get());
        }
        return new Verdict(false, missing);
    }
}
