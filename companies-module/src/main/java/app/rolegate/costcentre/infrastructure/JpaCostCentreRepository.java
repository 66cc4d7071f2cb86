package app.rolegate.costcentre.infrastructure;

import app.rolegate.costcentre.CostCentre;
import app.rolegate.costcentre.CostCentreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaCostCentreRepository implements CostCentreRepository {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    @Override
    public CostCentre add(CostCentre costCentre) {
        em.persist(costCentre);
        em.flush();
        return costCentre;
    }

    @Override
    public List<CostCentre> ofCompany(long companyId, int offset, int limit) {
        return em.createQuery("SELECT k FROM CostCentre k WHERE k.companyId = :c ORDER BY k.code", CostCentre.class)
                .setParameter("c", companyId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOfCompany(long companyId) {
        return em.createQuery("SELECT COUNT(k) FROM CostCentre k WHERE k.companyId = :c", Long.class)
                .setParameter("c", companyId).getSingleResult();
    }

    @Override
    public boolean exists(long companyId, String code) {
        return !existing(companyId, List.of(code)).isEmpty();
    }

    @Override
    public Set<String> existing(long companyId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT k.code FROM CostCentre k WHERE k.companyId = :c AND k.code IN :codes",
                String.class).setParameter("c", companyId).setParameter("codes", codes).getResultList());
    }
}
