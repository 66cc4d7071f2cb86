package app.rolegate.check;

import java.time.LocalDate;
import java.util.Optional;

/** Reads the facts of a check. */
public interface CheckFactsRepository {
    /** Empty when the company does not exist; otherwise the subject, with a null user id when there is no such user. */
    Optional<CheckFacts.Subject> subject(long companyId, String userId, LocalDate day);
}
