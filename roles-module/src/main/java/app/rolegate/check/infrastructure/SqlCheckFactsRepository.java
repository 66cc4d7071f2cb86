package app.rolegate.check.infrastructure;

import app.rolegate.check.CheckFacts.CompanyFacts;
import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.check.CheckFacts.MembershipFacts;
import app.rolegate.check.CheckFacts.Subject;
import app.rolegate.check.CheckFactsRepository;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One query for the company, the user, the membership and the primary-company membership; one for
 * the membership's grants and overrides. Both use only indexed lookups.
 */
@ApplicationScoped
public class SqlCheckFactsRepository implements CheckFactsRepository {
    private static final String SUBJECT = "SELECT c.id, c.name, c.payroll_enabled, c.crm_enabled,"
            + " u.id, u.user_id, u.active, u.primary_company_id,"
            + " m.id, m.valid_from, m.valid_to, m.accounting_profile, m.payroll_profile, m.crm_profile,"
            + " pm.id, pm.valid_from, pm.valid_to"
            + " FROM company c"
            + " LEFT JOIN app_user u ON u.user_id_key = ?"
            + " LEFT JOIN membership m ON m.user_id = u.id AND m.company_id = c.id"
            + " LEFT JOIN membership pm ON pm.user_id = u.id AND pm.company_id = u.primary_company_id"
            + " WHERE c.id = ?";
    private static final String GRANTS_AND_OVERRIDES =
            "SELECT 'G', role, scope_type, cost_centre, valid_from, valid_to FROM role_grant WHERE membership_id = ?"
            + " UNION ALL SELECT 'O', function_key, access_level, CAST(NULL AS VARCHAR(30)), CAST(NULL AS DATE),"
            + " CAST(NULL AS DATE) FROM membership_override WHERE membership_id = ?";

    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Override
    public Optional<Subject> subject(long companyId, String userId, LocalDate day) {
        List<?> rows = em.createNativeQuery(SUBJECT).setParameter(1, UserAccount.key(userId))
                .setParameter(2, companyId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        CompanyFacts company = new CompanyFacts(num(r[0]), (String) r[1], bool(r[2]), bool(r[3]));
        if (r[4] == null) {
            return Optional.of(new Subject(company, null, null, false, false, null, List.of()));
        }
        boolean primaryValid = r[14] != null && valid(date(r[15]), date(r[16]), day);
        if (r[8] == null) {
            return Optional.of(new Subject(company, num(r[4]), (String) r[5], bool(r[6]), primaryValid, null, List.of()));
        }
        long membershipId = num(r[8]);
        List<GrantFacts> grants = new ArrayList<>();
        Map<String, AccessLevel> overrides = new TreeMap<>();
        for (Object o : em.createNativeQuery(GRANTS_AND_OVERRIDES).setParameter(1, membershipId)
                .setParameter(2, membershipId).getResultList()) {
            Object[] g = (Object[]) o;
            if ("G".equals(str(g[0]))) {
                grants.add(new GrantFacts(str(g[1]), GrantScope.valueOf(str(g[2])), str(g[3]), date(g[4]), date(g[5])));
            } else {
                overrides.put(str(g[1]), AccessLevel.valueOf(str(g[2])));
            }
        }
        MembershipFacts m = new MembershipFacts(membershipId, date(r[9]), date(r[10]),
                AccountingProfile.valueOf((String) r[11]), r[12] == null ? null : PayrollProfile.valueOf((String) r[12]),
                r[13] == null ? null : CrmProfile.valueOf((String) r[13]), overrides);
        return Optional.of(new Subject(company, num(r[4]), (String) r[5], bool(r[6]), primaryValid, m, grants));
    }

    private static boolean valid(LocalDate from, LocalDate to, LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }
}
