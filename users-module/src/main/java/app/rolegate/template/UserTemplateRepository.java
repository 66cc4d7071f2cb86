package app.rolegate.template;

import java.util.List;
import java.util.Optional;

/** Where user templates are kept. */
public interface UserTemplateRepository {
    UserTemplate add(UserTemplate template);

    Optional<UserTemplate> findByName(long companyId, String name);

    /** One page of the company's templates, by name. */
    List<UserTemplate> ofCompany(long companyId, int offset, int limit);

    long countOfCompany(long companyId);
}
