package app.rolegate.pages;

import app.rolegate.pages.security.PageLogin;
import app.rolegate.platform.Retry;
import app.rolegate.user.application.AccountAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;

/**
 * The login page and logging out. The user id and password go to Jakarta Security
 * ({@link PageLogin}, checked by the API's own Authentication); every failure reads the same (no user
 * enumeration). After the login the pages speak the account's UI language, and return to the page that
 * was asked for, if any.
 */
@Named
@RequestScoped
public class LoginPage {
    @Inject
    SecurityContext security;

    @Inject
    PageSession session;

    @Inject
    Caller caller;

    @Inject
    AccountAdministration accounts;

    private String userId;
    private String password;
    private boolean ended;
    private boolean loggedOut;
    private String lang;

    /** A logged-in user who opens the login page goes to the register. */
    public void onLoad() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        if (ec.getUserPrincipal() != null && !fc.isPostback()) {
            ec.redirect(ec.getRequestContextPath() + "/register.xhtml");
            fc.responseComplete();
        }
    }

    public String login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new UsernamePasswordCredential(
                        userId == null ? "" : userId.strip(), new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            fc.responseComplete();
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            Feedback.error("login.failed");
            return null;
        }
        session.useLanguage(Retry.call(() -> accounts.user(caller.actor(), caller.actor().name())).uiLanguage());
        HttpSession s = request.getSession();
        String returnTo = (String) s.getAttribute(PageLogin.RETURN_TO);
        s.removeAttribute(PageLogin.RETURN_TO);
        ec.redirect(ec.getRequestContextPath() + (returnTo == null || returnTo.equals("/") ? "/register.xhtml" : returnTo));
        fc.responseComplete();
        return null;
    }

    /** Logs out: the session and its login end here, on this server. */
    public String logout() throws ServletException, IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        Locale locale = session.getLocale();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?loggedOut=true&lang=" + locale.getLanguage());
        fc.responseComplete();
        return null;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String v) {
        userId = v;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String v) {
        password = v;
    }

    /** The login page's language: as chosen with ?lang=, else the browser's (Swedish or English). */
    public Locale getLocale() {
        if ("sv".equals(lang) || "en".equals(lang)) {
            return PageSession.localeFor(lang);
        }
        Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
        return PageSession.localeFor(browser == null ? null : browser.getLanguage());
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }
}
