package app.rolegate.administration;

import app.rolegate.company.Company;
import app.rolegate.grant.Grant;
import app.rolegate.membership.Membership;
import app.rolegate.user.UserAccount;
import java.util.List;

/** One membership as the interfaces show it: the user, the company, the terms and the grants. */
public record MemberView(UserAccount user, Company company, Membership membership, List<Grant> grants) {
}
