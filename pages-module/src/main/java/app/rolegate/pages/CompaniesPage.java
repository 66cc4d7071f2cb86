package app.rolegate.pages;

import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.Retry;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * All of the logged-in user's companies, a page at a time (a firm main user may have thousands): the
 * long form of the switcher in the header. Each valid one can be switched to; the service checks it.
 */
@Named
@ViewScoped
public class CompaniesPage extends PagedList<MemberView> {
    private static final long serialVersionUID = 1L;
    static final int SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    MembershipAdministration memberships;

    @Inject
    Today today;

    
    public CompaniesPage() {
        super(SIZE);
    }

    public void load() {
        try {
            int p = pageAsked();
            show(Retry.call(() -> memberships.myMemberships(caller.actor(), p, SIZE)));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public boolean validToday(MemberView m) {
        return Validity.of(m.validFrom(), m.validTo()).isValidOn(today.date());
    }
}
