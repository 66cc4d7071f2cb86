package app.rolegate.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where companies are kept. */
public interface CompanyRepository {
    Company add(Company company);

    Optional<Company> find(long id);

    /** Locks nothing; many companies in one query (no query per row). */
    List<Company> findAll(Collection<Long> ids);

    boolean businessIdTaken(String businessId);

    Optional<Long> auditorOrganisationId();

    void setAuditorOrganisation(long companyId);

    /**
     * Counts a change of the company's settings (its verified domains are a collection of their own) as a change
     * of the company: its version grows, so that an administrator's stale If-Match or version is refused.
     */
    void touched(Company company);

    /** Writes pending changes now, so that a view built next shows the new version. */
    void flush();
}
