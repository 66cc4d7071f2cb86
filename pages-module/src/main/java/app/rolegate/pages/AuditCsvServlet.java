package app.rolegate.pages;

import app.rolegate.audit.application.AuditCsv;
import app.rolegate.audit.application.AuditEventView;
import app.rolegate.audit.application.AuditReading;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import app.rolegate.platform.RuleDeniedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The audit log of the current company as a CSV download, in the API's format ({@link AuditCsv}, the
 * same as {@code GET /api/v1/companies/{cid}/audit} with {@code Accept: text/csv}), with the page's
 * filters. The company is the session's, checked again by the service; a refusal answers with the
 * pages' error page.
 */
@WebServlet(urlPatterns = "/audit.csv")
public class AuditCsvServlet extends HttpServlet {
    /** As many events as the API's CSV gives at most in one answer. */
    static final int MAX = 100_000;
    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    AuditReading reading;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Page<AuditEventView> events;
        try {
            var filter = AuditPage.filter(req.getParameter("since"), req.getParameter("actor"), req.getParameter("target"));
            long cid = company.id();
            events = Retry.call(() -> reading.company(caller.actor(), cid, filter, 0, MAX));
        } catch (NotFoundException e) {
            resp.sendError(404);
            return;
        } catch (RuleDeniedException e) {
            resp.sendError(403);
            return;
        } catch (InvalidInputException e) {
            resp.sendError(400);
            return;
        }
        resp.setContentType("text/csv");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Content-Disposition", "attachment; filename=\"audit-" + company.id() + "-" + LocalDate.now()
                + ".csv\"");
        resp.getWriter().write(AuditCsv.of(events.items()));
    }
}
