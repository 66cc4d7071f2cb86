package app.rolegate.pages;

import app.rolegate.platform.Today;
import app.rolegate.user.UserRepository;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Every answer of the pages: headers that keep a browser safe (a Content-Security-Policy that allows
 * no script at all but this origin's, none of which the pages use; no framing; no sniffing; no
 * referrer; no caching of pages, which show personal data), and the login checked against current
 * data: an account that was deactivated, or whose primary-company membership no longer counts, is
 * logged out on its next request (SPEC 2.1).
 */
@WebFilter(filterName = "pages", urlPatterns = "/*")
public class PageFilter extends HttpFilter {
    /** No inline script or style, no plug-ins, forms post only here, never in a frame. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final long serialVersionUID = 1L;

    @Inject
    UserRepository users;

    @Inject
    Today today;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Cache-Control", path.startsWith("/css/") ? "no-cache" : "no-store");
        if (request.getUserPrincipal() != null && Caller.status(users, today, request).isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
