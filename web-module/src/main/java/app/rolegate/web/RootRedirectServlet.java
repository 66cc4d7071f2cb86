package app.rolegate.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /} leads to the admin pages ({@value #PAGES}, their own web module: their form login and the
 * API's bearer tokens cannot share one module on Open Liberty, see pages-module). Only the root itself:
 * every other path of this module is the API's.
 */
@WebServlet(urlPatterns = "")
public class RootRedirectServlet extends HttpServlet {
    static final String PAGES = "/admin/";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(PAGES);
    }
}
