package app.rolegate.idp.infrastructure;

import app.rolegate.idp.VerifiedDomains;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The verified domains from {@code company_verified_domain (company_id, domain)}, in native SQL: the
 * company settings own the table and its entity, this module only reads it. Domains are compared
 * lower-cased, whatever case they were stored in.
 */
@ApplicationScoped
public class JdbcVerifiedDomains implements VerifiedDomains {
    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Override
    public boolean verified(long companyId, String domain) {
        return !em.createNativeQuery("SELECT 1 FROM company_verified_domain WHERE company_id = ? AND LOWER(domain) = ?")
                .setParameter(1, companyId).setParameter(2, domain.toLowerCase(Locale.ROOT)).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Set<String> of(long companyId) {
        Set<String> domains = new HashSet<>();
        for (Object d : em.createNativeQuery("SELECT domain FROM company_verified_domain WHERE company_id = ?")
                .setParameter(1, companyId).getResultList()) {
            domains.add(d.toString().toLowerCase(Locale.ROOT));
        }
        return domains;
    }
}
