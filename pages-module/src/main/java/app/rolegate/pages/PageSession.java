package app.rolegate.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the pages keep between requests of one login: the company chosen last (checked again against
 * current data on every request, {@link CurrentCompany}), the interface language, the messages for the
 * page after a redirect, and a client opening under way. Nothing here grants anything.
 */
@Named
@SessionScoped
public class PageSession implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long companyId;
    private Locale locale = Locale.ENGLISH;
    private transient ClientOpenings.Opening opening;
    private final List<FacesMessage> pending = new ArrayList<>();

    public Long companyId() {
        return companyId;
    }

    public void companyId(Long id) {
        this.companyId = id;
    }

    public Locale getLocale() {
        return locale;
    }

    /** The language of the pages for an account's UI language: Swedish for sv and sv-FI, English otherwise. */
    public void useLanguage(String uiLanguage) {
        this.locale = localeFor(uiLanguage);
    }

    public static Locale localeFor(String uiLanguage) {
        return uiLanguage != null && (uiLanguage.equals("sv") || uiLanguage.startsWith("sv-")) ? new Locale("sv")
                : Locale.ENGLISH;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** A message for the next page shown (after a redirect). */
    public synchronized void keep(FacesMessage m) {
        pending.add(m);
    }

    /** The messages kept for this page, once. */
    public synchronized List<FacesMessage> takePending() {
        List<FacesMessage> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    public ClientOpenings.Opening opening() {
        return opening;
    }

    public void opening(ClientOpenings.Opening o) {
        this.opening = o;
    }
}
