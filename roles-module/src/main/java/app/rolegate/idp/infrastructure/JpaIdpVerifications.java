package app.rolegate.idp.infrastructure;

import app.rolegate.idp.IdpVerification;
import app.rolegate.idp.IdpVerifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaIdpVerifications implements IdpVerifications {
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Override
    public IdpVerification add(IdpVerification v) {
        em.persist(v);
        return v;
    }

    @Override
    public Optional<IdpVerification> findByTokenHash(String tokenHash) {
        return em.createQuery("SELECT v FROM IdpVerification v WHERE v.tokenHash = ?1", IdpVerification.class)
                .setParameter(1, tokenHash).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public int removeUnused(Collection<Long> userAccountIds) {
        List<Long> ids = new ArrayList<>(userAccountIds);
        int removed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            removed += em.createQuery("DELETE FROM IdpVerification v WHERE v.userAccountId IN :ids AND v.usedAt IS NULL")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).executeUpdate();
        }
        return removed;
    }

    /** In chunks, so that a bulk verification of a large register binds a bounded number of parameters per query. */
    @Override
    public Map<String, Long> verifiedHolders(Collection<String> emailKeys) {
        Map<String, Long> holders = new HashMap<>();
        List<String> keys = new ArrayList<>(emailKeys);
        for (int from = 0; from < keys.size(); from += CHUNK) {
            for (Object[] r : em.createQuery("SELECT u.idpEmailKey, u.id FROM UserAccount u WHERE u.idpEmailKey IN :keys",
                    Object[].class).setParameter("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
                    .getResultList()) {
                holders.put((String) r[0], (Long) r[1]);
            }
        }
        return holders;
    }
}
