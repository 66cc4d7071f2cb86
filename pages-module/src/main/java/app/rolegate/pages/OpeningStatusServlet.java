package app.rolegate.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the session's client opening stands, for js/progress.js on the progress page:
 * {@code {"state": "RUNNING", "text": "3 seconds so far..."}}. The text is the page's own, in the
 * user's language; it holds no user input.
 */
@WebServlet(urlPatterns = "/opening-status")
public class OpeningStatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    PageSession session;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ClientOpenings.Opening o = session.opening();
        ClientOpenings.State state = ClientOpenings.state(o);
        long seconds = o == null ? 0 : Duration.between(o.started(), Instant.now()).toSeconds();
        String text = Feedback.text(session.getLocale(), "opening.elapsed", seconds);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(jakarta.json.Json.createObjectBuilder().add("state", state.name()).add("text", text)
                .build().toString());
    }
}
