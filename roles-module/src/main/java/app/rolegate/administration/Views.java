package app.rolegate.administration;

import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.application.GrantView;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.membership.application.MemberView;
import app.rolegate.user.UserAccount;
import app.rolegate.user.application.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the view records the services hand out, inside their transaction (the assembler of Cargo
 * Tracker's facades): no entity leaves the application layer. Lists cost a fixed number of queries,
 * never one per row.
 */
@ApplicationScoped
public class Views {
    @Inject
    CompanyRepository companyRepository;

    @Inject
    GrantRepository grantRepository;

    @Inject
    MembershipRepository membershipRepository;

    /** One membership with its overrides and grants. */
    public MemberView member(UserAccount u, Company c, Membership m, List<Grant> grants) {
        return view(u, c, m, grants, true);
    }

    public MemberView member(UserAccount u, Company c, Membership m) {
        return member(u, c, m, grantRepository.ofMembership(m.id()));
    }

    /**
     * One user's memberships (its own list, or what an administrator may see of it), with their
     * overrides, in four queries whatever the page size.
     */
    public List<MemberView> memberships(UserAccount u, List<Membership> ms) {
        Map<Long, Company> companies = companies(ms.stream().map(Membership::companyId).toList());
        List<Long> ids = ms.stream().map(Membership::id).toList();
        Map<Long, List<Grant>> grants = grantRepository.ofMemberships(ids);
        Map<Long, Map<String, AccessLevel>> overrides = membershipRepository.overridesOf(ids);
        List<MemberView> result = new ArrayList<>(ms.size());
        for (Membership m : ms) {
            result.add(view(u, companies.get(m.companyId()), m, grants.getOrDefault(m.id(), List.of()),
                    overrides.getOrDefault(m.id(), Map.of())));
        }
        return result;
    }

    /** A page of one company's members: the list of the register, without overrides. */
    public List<MemberView> rows(Company c, List<UserAccount> users, List<Membership> ms) {
        Map<Long, List<Grant>> grants = grantRepository.ofMemberships(ms.stream().map(Membership::id).toList());
        List<MemberView> result = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            Membership m = ms.get(i);
            result.add(view(users.get(i), c, m, grants.getOrDefault(m.id(), List.of()), false));
        }
        return result;
    }

    private Map<Long, Company> companies(Collection<Long> ids) {
        return companyRepository.findAll(ids).stream().collect(Collectors.toMap(Company::id, Function.identity()));
    }

    private static MemberView view(UserAccount u, Company c, Membership m, List<Grant> grants, boolean withOverrides) {
        return view(u, c, m, grants, withOverrides ? m.overrides() : null);
    }

    private static MemberView view(UserAccount u, Company c, Membership m, List<Grant> grants,
            Map<String, AccessLevel> overrides) {
        return new MemberView(UserSummary.of(u), c.id(), c.name(), u.primaryCompanyId() == c.id(),
                m.validity().validFrom(), m.validity().validTo(), m.accountingProfile(), m.payrollProfile(),
                m.crmProfile(), overrides, grants.stream().map(GrantView::of).toList(), m.version());
    }
}
