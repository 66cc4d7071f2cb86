package app.rolegate.template.infrastructure;

import app.rolegate.template.UserTemplate;
import app.rolegate.template.UserTemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserTemplateRepository implements UserTemplateRepository {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    @Override
    public UserTemplate add(UserTemplate template) {
        em.persist(template);
        em.flush();
        return template;
    }

    @Override
    public Optional<UserTemplate> findByName(long companyId, String name) {
        return em.createQuery("SELECT t FROM UserTemplate t WHERE t.companyId = :c AND t.name = :n", UserTemplate.class)
                .setParameter("c", companyId).setParameter("n", name).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<UserTemplate> ofCompany(long companyId, int offset, int limit) {
        return em.createQuery("SELECT t FROM UserTemplate t WHERE t.companyId = :c ORDER BY t.name", UserTemplate.class)
                .setParameter("c", companyId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOfCompany(long companyId) {
        return em.createQuery("SELECT COUNT(t) FROM UserTemplate t WHERE t.companyId = :c", Long.class)
                .setParameter("c", companyId).getSingleResult();
    }
}
