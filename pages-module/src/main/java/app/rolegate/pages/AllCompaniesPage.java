package app.rolegate.pages;

import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.membership.application.MembershipResults;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.UserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two calls over all of a user's companies: "update validity for all companies" (D12) and "remove
 * the user from all companies" (D9). Before confirming, the page shows how many and which companies,
 * computed from what the administrator may see of the user's memberships (D9: the companies where the
 * administrator holds USER_ADMIN); the primary company among them needs D9's explicit confirmation. The
 * answer of the service states what was done.
 */
@Named
@ViewScoped
public class AllCompaniesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = Map.of("validTo", "all:validTo", "confirmPrimary", "all:confirmPrimary");
    /** The most memberships the preview reads (a firm main user may have thousands). */
    static final int PREVIEW_MAX = 1000;
    private static final int PREVIEW_PAGE = 200;

    @Inject
    Caller caller;

    @Inject
    AccountAdministration accounts;

    @Inject
    MembershipAdministration memberships;

    private String uid;
    private String what = "validity";
    private transient UserView user;
    private transient List<MemberView> preview;
    private long previewTotal;
    private boolean found;
    private LocalDate validTo;
    private boolean confirmPrimary;
    private transient MembershipResults.AllCompanies done;

    public void load() {
        found = false;
        if (!"remove".equals(what)) {
            what = "validity";
        }
        try {
            user = Retry.call(() -> accounts.user(caller.actor(), uid));
            uid = user.userId();
            List<MemberView> all = new ArrayList<>();
            for (int p = 0; all.size() < PREVIEW_MAX; p++) {
                int page = p;
                Page<MemberView> batch = Retry.call(() -> memberships.membershipsOf(caller.actor(), uid, page, PREVIEW_PAGE));
                all.addAll(batch.items());
                previewTotal = batch.total();
                if (batch.items().size() < PREVIEW_PAGE) {
                    break;
                }
            }
            preview = all;
            found = true;
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public String perform() {
        try {
            done = Retry.call(() -> "remove".equals(what)
                    ? memberships.removeFromAll(caller.actor(), uid, confirmPrimary)
                    : memberships.validityForAll(caller.actor(), uid, validTo, confirmPrimary));
            String names = String.join(", ", done.companies().stream().map(MembershipResults.CompanyRef::name).toList());
            Feedback.info("remove".equals(what) ? "all.removed" : "all.validitySet", uid, done.count(), names);
            return "remove".equals(what) ? Nav.register() : Nav.user(uid, "permissions");
        } catch (RuntimeException e) {
            Feedback.failure(e, FIELDS);
            return null;
        }
    }

    public boolean isPrimaryAmong() {
        return preview != null && preview.stream().anyMatch(MemberView::primaryCompany);
    }

    public boolean isFound() {
        return found;
    }

    public UserView getUser() {
        return user;
    }

    public List<MemberView> getPreview() {
        return preview == null ? List.of() : preview;
    }

    public long getPreviewTotal() {
        return previewTotal;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public boolean isRemove() {
        return "remove".equals(what);
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public boolean isConfirmPrimary() {
        return confirmPrimary;
    }

    public void setConfirmPrimary(boolean confirmPrimary) {
        this.confirmPrimary = confirmPrimary;
    }
}
