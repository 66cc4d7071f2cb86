package app.rolegate.pages;

import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * All of the logged-in user's companies, a page at a time (a firm main user may have thousands): the
 * long form of the switcher in the header. Each valid one can be switched to; the service checks it.
 */
@Named
@ViewScoped
public class CompaniesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    MembershipAdministration memberships;

    @Inject
    Today today;

    private int page;
    private transient Page<MemberView> result;

    public void load() {
        try {
            int p = Math.max(page, 0);
            result = Retry.call(() -> memberships.myMemberships(caller.actor(), p, SIZE));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public boolean validToday(MemberView m) {
        return Validity.of(m.validFrom(), m.validTo()).isValidOn(today.date());
    }

    public List<MemberView> getRows() {
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * SIZE < result.total();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
