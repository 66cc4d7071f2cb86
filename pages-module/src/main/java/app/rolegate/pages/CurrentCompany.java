package app.rolegate.pages;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyView;
import app.rolegate.company.application.CompanyWorkspace;
import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Retry;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The company the pages work in (shown in the footer, as in the seed), checked against current data
 * on every request: the session only remembers the id, and {@link CompanyAdministration#get} answers
 * for it only while the logged-in user is a member there today (2.1). When that no longer holds, the
 * pages fall back to the user's primary company, or another valid membership, and say so.
 */
@Named("company")
@RequestScoped
public class CurrentCompany {
    /** How many of one's own companies the switcher in the header lists; the companies page lists them all. */
    static final int SWITCHER_SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    PageSession session;

    @Inject
    CompanyAdministration companies;

    @Inject
    MembershipAdministration memberships;

    @Inject
    Today today;

    private CompanyWorkspace workspace;
    private boolean resolved;
    private List<MemberView> mine;
    private long myTotal;

    /** The current company, or null when the user has no company to work in. */
    public CompanyView getView() {
        CompanyWorkspace w = workspace();
        return w == null ? null : w.company();
    }

    private CompanyWorkspace workspace() {
        if (!resolved) {
            resolved = true;
            workspace = resolve();
        }
        return workspace;
    }

    /** The current company's id; 2.1's "not found" when there is none. */
    public long id() {
        CompanyView v = getView();
        if (v == null) {
            throw new NotFoundException();
        }
        return v.id();
    }

    private CompanyWorkspace resolve() {
        Long remembered = session.companyId();
        if (remembered != null) {
            try {
                return Retry.call(() -> companies.workspace(caller.actor(), remembered));
            } catch (NotFoundException e) {
                session.companyId(null);
                Feedback.warn("company.lost");
            }
        }
        Optional<MemberView> fallback = getMine().stream().filter(MemberView::primaryCompany).findFirst()
                .or(() -> getMine().stream().findFirst());
        if (fallback.isEmpty()) {
            return null;
        }
        try {
            CompanyWorkspace w = Retry.call(() -> companies.workspace(caller.actor(), fallback.get().companyId()));
            session.companyId(w.company().id());
            return w;
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Switches to a company of the user's own: the service decides whether the user may work there (2.1). */
    public CompanyView switchTo(long companyId) {
        CompanyWorkspace w = Retry.call(() -> companies.workspace(caller.actor(), companyId));
        session.companyId(w.company().id());
        workspace = w;
        resolved = true;
        return w.company();
    }

    /** The user's own memberships that are valid today, by company name: what the switcher offers. */
    public List<MemberView> getMine() {
        if (mine == null) {
            var page = Retry.call(() -> memberships.myMemberships(caller.actor(), 0, SWITCHER_SIZE));
            myTotal = page.total();
            mine = page.items().stream().filter(m -> Validity.of(m.validFrom(), m.validTo()).isValidOn(today.date()))
                    .sorted(Comparator.comparing(MemberView::companyName, String.CASE_INSENSITIVE_ORDER)).toList();
        }
        return mine;
    }

    /** Whether the user has more companies than the switcher lists. */
    public boolean isMore() {
        getMine();
        return myTotal > SWITCHER_SIZE;
    }

    /**
     * Whether the logged-in user holds the role in the current company today, as the service counts it (SPEC
     * 2's head): only to choose which links the navigation shows (the services decide whether anything is
     * allowed).
     */
    public boolean holds(String role) {
        CompanyWorkspace w = workspace();
        return w != null && w.holds(role);
    }

    /**
     * Whether the policy lets the logged-in user administer the current company's users (D2): only to choose
     * which links and sections the pages show, so that nobody is offered what the services would refuse
     * anyway (and audit as a refusal). The services decide every call.
     */
    public boolean isAdministers() {
        CompanyWorkspace w = workspace();
        return w != null && w.administers();
    }
}
