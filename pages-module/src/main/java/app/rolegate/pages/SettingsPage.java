package app.rolegate.pages;

import app.rolegate.company.CompanySettings;
import app.rolegate.company.application.CompanySettingsAdministration;
import app.rolegate.company.application.SettingsView;
import app.rolegate.platform.Retry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The current company's settings (SPEC 5.2, 5.4): the permission tolerance days of a cost-centre move, and
 * the verified e-mail domains, which its administrators may remove. Adding a domain is platform support's
 * (the policy refuses it to anybody else, rule SUPPORT): the page offers no way to add one and says whom to
 * ask. Every change sends the version read, so an edit that came second is refused and the page shows the
 * current settings.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = Map.of("permissionToleranceDays", "tolerance:days");

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    CompanySettingsAdministration settings;

    private transient SettingsView view;
    private long version;
    private List<String> domains = List.of();
    private Integer tolerance;

    public void load() {
        view = null;
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            long cid = company.id();
            view = Retry.call(() -> settings.settings(caller.actor(), cid));
            version = view.version();
            domains = List.copyOf(view.verifiedDomains());
            tolerance = view.permissionToleranceDays();
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    /** Saves the tolerance; the domains stay as they are (a null field keeps its value). */
    public String saveTolerance() {
        return change(() -> new CompanySettings(tolerance, null, version), "settings.toleranceSaved", tolerance);
    }

    /** Removes one verified domain: the domains read, less this one, with the version read. */
    public String removeDomain(String domain) {
        List<String> rest = new ArrayList<>(domains);
        rest.remove(domain);
        return change(() -> CompanySettings.of(null, rest, version), "settings.domainRemoved", domain);
    }

    private String change(java.util.function.Supplier<CompanySettings> made, String done, Object what) {
        try {
            CompanySettings s = made.get();
            long cid = company.id();
            Retry.call(() -> settings.change(caller.actor(), cid, s, null));
            Feedback.info(done, what);
            return Nav.settings();
        } catch (RuntimeException e) {
            if (Feedback.failure(e, FIELDS) == Feedback.Kind.CONFLICT) {
                load();
            }
            return null;
        }
    }

    public boolean isLoaded() {
        return view != null;
    }

    public List<String> getDomains() {
        return domains;
    }

    public long getVersion() {
        return version;
    }

    public Integer getTolerance() {
        return tolerance;
    }

    public void setTolerance(Integer tolerance) {
        this.tolerance = tolerance;
    }
}
