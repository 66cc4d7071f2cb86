package app.rolegate.costcentre;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where cost centres are kept. */
public interface CostCentreRepository {
    CostCentre add(CostCentre costCentre);

    /** One page of the company's cost centres, by code. */
    List<CostCentre> ofCompany(long companyId, int offset, int limit);

    long countOfCompany(long companyId);

    boolean exists(long companyId, String code);

    /** Which of these codes are the company's cost centres, in one query. */
    Set<String> existing(long companyId, Collection<String> codes);
}
