package app.rolegate.web.problem;

import app.rolegate.web.RequestIdFilter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Error page (see web.xml) for answers the container gives before JAX-RS runs: above all 401 for a
 * missing, expired or forged token, and 403. They get the same problem body as everything else.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {
    static final String PATH = "/error/problem";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404; // asked for directly: there is nothing here
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri instanceof String s ? s : null;
        String requestId = RequestIdFilter.accept(req.getHeader(RequestIdFilter.HEADER));
        Problem p = Problems.forStatus(status, instance, requestId);
        resp.setStatus(status);
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader(RequestIdFilter.HEADER, requestId);
        if (status == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"rolegate\"");
        }
        resp.getWriter().write(p.toJson().toString());
    }
}
