package app.rolegate.company.infrastructure;

import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.company.PlatformSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    @Override
    public Company add(Company company) {
        em.persist(company);
        em.flush();
        return company;
    }

    @Override
    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public List<Company> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Company c WHERE c.id IN :ids ORDER BY c.name", Company.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public boolean businessIdTaken(String businessId) {
        return !em.createQuery("SELECT c.id FROM Company c WHERE c.businessId = :b", Long.class)
                .setParameter("b", businessId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<Long> auditorOrganisationId() {
        PlatformSetting s = em.find(PlatformSetting.class, PlatformSetting.AUDITOR_ORGANISATION);
        return s == null || s.value() == null ? Optional.empty() : Optional.of(Long.valueOf(s.value()));
    }

    @Override
    public void setAuditorOrganisation(long companyId) {
        PlatformSetting s = em.find(PlatformSetting.class, PlatformSetting.AUDITOR_ORGANISATION);
        if (s == null) {
            em.persist(new PlatformSetting(PlatformSetting.AUDITOR_ORGANISATION, Long.toString(companyId)));
        } else {
            s.change(Long.toString(companyId));
        }
    }

    @Override
    public void touched(Company company) {
        em.lock(company, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
