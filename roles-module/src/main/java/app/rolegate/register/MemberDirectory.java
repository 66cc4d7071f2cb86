package app.rolegate.register;

import app.rolegate.membership.Membership;
import app.rolegate.user.UserAccount;
import java.util.List;

/**
 * The company's register of users (SPEC 5.1, 5.5): its members, filtered, paged, in the database.
 * Authorisation is the caller's.
 */
public interface MemberDirectory {
    record Row(UserAccount user, Membership membership) {
    }

    record Found(List<Row> rows, long total) {
    }

    Found list(long companyId, MemberFilter filter, int offset, int limit);

    /** Every member matching the filter, without paging: for bulk operations over "the current filter". */
    List<Row> all(long companyId, MemberFilter filter);
}
