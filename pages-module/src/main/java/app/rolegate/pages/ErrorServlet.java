package app.rolegate.pages;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pages' error page (web.xml): a short page in the user's language that says what happened, with
 * a way back; never the server's own page, which names Java classes. A view whose state is gone (left
 * open too long, or replaced by newer ones) and a protected view opened without its token (SPEC 4.2's
 * CSRF protection) get their own words.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Inject
    PageSession session;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i ? i : 404;
        String key;
        if (causedBy(failure, ViewExpiredException.class)) {
            status = 400;
            key = "error.expired";
        } else if (fromViewState(failure)) {
            status = 400; // a view state that is no key of ours: a forged or mangled form
            key = "error.badForm";
        } else if (causedBy(failure, ProtectedViewException.class)) {
            status = 403;
            key = "error.protected";
        } else if (status == 404) {
            key = "error.notFound";
        } else if (status == 403 || status == 401) {
            key = "error.forbidden";
        } else if (status < 500) {
            key = "error.badRequest";
        } else {
            key = "error.unexpected";
            if (failure != null) {
                LOG.log(Level.SEVERE, "Unexpected failure on an admin page", failure);
            }
        }
        Locale locale = locale(req);
        resp.setStatus(status);
        resp.setContentType("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = resp.getWriter();
        String title = Feedback.text(locale, "error.title");
        out.write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + title
                + " – Rolegate</title><link rel=\"stylesheet\" href=\"" + req.getContextPath() + "/css/rolegate.css\"/>"
                + "</head><body><main id=\"main\" class=\"narrow\"><h1>" + title + "</h1><p class=\"message error\">"
                + Feedback.text(locale, key) + "</p><p><a href=\"" + req.getContextPath() + "/register.xhtml\">"
                + Feedback.text(locale, "error.back") + "</a></p></main></body></html>");
    }

    private Locale locale(HttpServletRequest req) {
        return req.getSession(false) == null ? Locale.ENGLISH : session.getLocale();
    }

    /** Whether the failure arose reading a form's view state (MyFaces could not even decode it). */
    private static boolean fromViewState(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("org.apache.myfaces.application.viewstate.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
