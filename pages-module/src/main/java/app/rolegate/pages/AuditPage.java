package app.rolegate.pages;

import app.rolegate.audit.application.AuditEventView;
import app.rolegate.audit.application.AuditFilter;
import app.rolegate.audit.application.AuditReading;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The current company's audit log (audit.read: AUDITOR or USER_ADMIN, decided by the service), newest
 * first, filtered by day, actor and target (user ids match without case), a page at a time, and as a
 * CSV download in the API's format ({@link AuditCsvServlet}).
 */
@Named
@RequestScoped
public class AuditPage extends PagedList<AuditEventView> {
    static final int SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    AuditReading reading;

    private String since;
    private String actor;
    private String target;
        private final Map<String, String> fieldErrors = new HashMap<>();

    public AuditPage() {
        super(SIZE);
    }

    public void load() {
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            AuditFilter filter = filter(since, actor, target);
            int p = pageAsked();
            show(Retry.call(() -> reading.company(caller.actor(), company.id(), filter, p, SIZE)));
        } catch (InvalidInputException e) {
            fieldErrors.put(e.field() == null ? "" : e.field(), e.getMessage());
            Feedback.error("failure.invalidField", e.getMessage());
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    /** The filter as the API builds it: a day means from its start (UTC). */
    static AuditFilter filter(String since, String actor, String target) {
        return new AuditFilter(sinceInstant(since), actor, target);
    }

    static Instant sinceInstant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(since.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since must be a date such as 2026-01-31");
        }
    }

    public String pageUrl(int p) {
        String query = query();
        return "audit.xhtml?page=" + p + (query.isEmpty() ? "" : "&" + query);
    }

    /** The download of the filtered log, all of it up to the API's limit. */
    public String getCsvUrl() {
        String query = query();
        return "audit.csv" + (query.isEmpty() ? "" : "?" + query);
    }

    private String query() {
        return Nav.query("since", since, "actor", actor, "target", target);
    }

    public String errorFor(String field) {
        return fieldErrors.get(field);
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
