package app.rolegate.pages;

import app.rolegate.company.application.NewCompany;
import app.rolegate.membership.application.MemberView;
import app.rolegate.platform.Actor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Opening a client company (D13, Netvisor's "open a company under a company where you are KH") for a
 * firm main user: the client's accounting firm is always the opener's primary company, and every firm
 * main user of it is added with their roles. The service decides; the opening runs in the background
 * and {@link OpeningPage} shows it.
 */
@Named
@ViewScoped
public class ClientPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = Map.of("name", "client:name", "businessId", "client:businessId",
            "openedUnder", "client:openedUnder");

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    PageSession session;

    @Inject
    ClientOpenings openings;

    private String name;
    private String businessId;
    private boolean payrollEnabled;
    private boolean crmEnabled;
    private Long openedUnder;

    public void load() {
        if (openedUnder == null && company.getView() != null) {
            openedUnder = company.getView().id();
        }
    }

    public String open() {
        ClientOpenings.Opening running = session.opening();
        if (running != null && !running.result().isDone()) {
            Feedback.warn("client.alreadyRunning", running.name());
            return Nav.opening();
        }
        try {
            NewCompany cmd = new NewCompany(name, businessId, false, null, payrollEnabled, crmEnabled, null,
                    openedUnder == null ? -1L : openedUnder);
            Actor actor = caller.actor();
            session.opening(new ClientOpenings.Opening(cmd.name(), Instant.now(), openings.open(actor, cmd)));
            return Nav.opening();
        } catch (RuntimeException e) {
            Feedback.failure(e, FIELDS);
            return null;
        }
    }

    /** The companies the client may be opened under: the user's own (the service checks USER_ADMIN there). */
    public List<MemberView> getUnder() {
        return company.getMine();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBusinessId() {
        return businessId;
    }

    public void setBusinessId(String businessId) {
        this.businessId = businessId;
    }

    public boolean isPayrollEnabled() {
        return payrollEnabled;
    }

    public void setPayrollEnabled(boolean payrollEnabled) {
        this.payrollEnabled = payrollEnabled;
    }

    public boolean isCrmEnabled() {
        return crmEnabled;
    }

    public void setCrmEnabled(boolean crmEnabled) {
        this.crmEnabled = crmEnabled;
    }

    public Long getOpenedUnder() {
        return openedUnder;
    }

    public void setOpenedUnder(Long openedUnder) {
        this.openedUnder = openedUnder;
    }
}
