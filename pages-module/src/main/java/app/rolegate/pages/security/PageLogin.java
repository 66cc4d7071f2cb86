package app.rolegate.pages.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The admin pages' form login (Jakarta Security). The login page hands the typed user id and password
 * to {@code SecurityContext.authenticate}; they are checked by {@link PageIdentityStore}. A good login
 * gets a new session id (no session fixation) and lives in that HTTP session: it ends when the session
 * times out or the user logs out, and no single sign-on cookie outlives it. A page asked for without a
 * login leads to the login page, and back to that page after it.
 *
 * <p>Requests under {@code /api/} are not this mechanism's: the server's JWT verifier takes them first
 * (server.xml's {@code authFilterRef}), and nothing here makes a session log an API caller in.
 */
@ApplicationScoped
public class PageLogin implements HttpAuthenticationMechanism {
    /** The one group of every logged-in user; web.xml's role "authenticated" admits any authenticated caller. */
    public static final String GROUP = "rolegate.pages";
    /** Session attribute: the stored user id of the logged-in user. */
    public static final String CALLER = PageLogin.class.getName() + ".caller";
    /** Session attribute: the page asked for before the login, to return to. */
    public static final String RETURN_TO = PageLogin.class.getName() + ".returnTo";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** A page worth returning to after the login: a view, or the root, with a plain query. */
    private static final Pattern PAGE = Pattern.compile("/([A-Za-z0-9-]+\\.xhtml)?");

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return context.doNothing();
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login) {
            CredentialValidationResult result = identityStores.validate(login);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE; // the login page says so; the response is the page's
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                request.changeSessionId(); // a session id known before the login is worth nothing after it
            }
            request.getSession(true).setAttribute(CALLER, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller, Set.of(GROUP));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod()) && PAGE.matcher(path).matches()) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER); // the page that logs out invalidates the session too
        }
    }
}
