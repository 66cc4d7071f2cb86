package app.rolegate.pages;

import app.rolegate.platform.BusyException;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.platform.RolegateException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.TooManyRequestsException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The messages the pages show: what happened, and for a refusal why. A refusal of the policy names
 * its rule and carries the service's reason; SPEC 2.1's hidden targets read "not found", alike for
 * unknown and invisible; bad input is shown next to the field it names; a concurrent edit says so.
 * Texts come from the pages' one resource bundle, {@code Labels}, in the page's language.
 */
public final class Feedback {
    public static final String BUNDLE = "app.rolegate.pages.Labels";
    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    /** What kind of failure it was, for a page that reloads its data after a conflict. */
    public enum Kind { DENIED, NOT_FOUND, INVALID, CONFLICT, BUSY, UNEXPECTED }

    private Feedback() {
    }

    /**
     * The language of the messages: a logged-in user's (the session's: a view action runs before the
     * page's f:view has set it on the view), else the page's (the login page's choice).
     */
    public static Locale locale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc == null) {
            return Locale.ENGLISH;
        }
        if (fc.getExternalContext().getUserPrincipal() != null) {
            return jakarta.enterprise.inject.spi.CDI.current().select(PageSession.class).get().getLocale();
        }
        return fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    /** A text of the bundle in the page's language, with its {0}... filled in. */
    public static String text(String key, Object... args) {
        return text(locale(), key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void warn(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_WARN, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A message next to one field (its client id), and a line at the top that points to it. */
    public static void fieldError(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
        add(null, FacesMessage.SEVERITY_ERROR, text("failure.invalidField", message));
    }

    /** A warning the service's answer carried (D6), as it said it. */
    public static void serviceWarning(String warning) {
        add(null, FacesMessage.SEVERITY_WARN, text("result.warning", warning));
    }

    /**
     * Shows a failure of a service call. {@code fields} maps the field names the services use
     * ({@link InvalidInputException#field()}) to the client ids of this page's inputs; a field of no
     * input is shown at the top.
     */
    public static Kind failure(Throwable failure, Map<String, String> fields) {
        Throwable cause = decisive(failure);
        if (cause instanceof RuleDeniedException r) {
            error("failure.denied", r.rule().name(), ruleTitle(r.rule()), r.getMessage());
            return Kind.DENIED;
        }
        if (cause instanceof NotFoundException n) {
            if (NotFoundException.TEXT.equals(n.getMessage())) {
                error("failure.notFound");
            } else {
                error("failure.notFoundDetail", n.getMessage());
            }
            return Kind.NOT_FOUND;
        }
        if (cause instanceof InvalidInputException i) {
            String clientId = clientIdFor(i.field(), fields);
            if (clientId != null) {
                fieldError(clientId, i.getMessage());
            } else {
                error("failure.invalid", i.getMessage());
            }
            return Kind.INVALID;
        }
        if (cause instanceof ConflictException || cause instanceof PreconditionFailedException) {
            error("failure.conflict", cause.getMessage());
            return Kind.CONFLICT;
        }
        if (isOptimisticLock(cause)) {
            error("failure.conflict", text("failure.conflictConcurrent"));
            return Kind.CONFLICT;
        }
        if (cause instanceof BusyException || cause instanceof TooManyRequestsException) {
            error("failure.busy", cause.getMessage());
            return Kind.BUSY;
        }
        if (cause instanceof RolegateException r) {
            error("failure.invalid", r.getMessage());
            return Kind.INVALID;
        }
        LOG.log(Level.SEVERE, "Unexpected failure on an admin page", failure);
        error("failure.unexpected");
        return Kind.UNEXPECTED;
    }

    /**
     * As {@link #failure(Throwable, Map)}, for a call whose 409 is no concurrent edit but the state of things (a
     * code or name taken, a link that is not verified yet): it is shown as the service said it, next to the
     * input {@code clientId} (at the top when null), and the page keeps what was typed.
     */
    public static Kind failure(Throwable failure, Map<String, String> fields, String conflictClientId) {
        Throwable cause = decisive(failure);
        if (cause instanceof ConflictException c) {
            if (conflictClientId != null) {
                fieldError(conflictClientId, c.getMessage());
            } else {
                error("failure.notDone", c.getMessage());
            }
            return Kind.INVALID;
        }
        return failure(failure, fields);
    }

    /** The title of a rule in the page's language. */
    public static String ruleTitle(RuleId rule) {
        String key = "rule." + rule.name();
        String t = text(key);
        return t.equals(key) ? rule.title() : t;
    }

    private static String clientIdFor(String field, Map<String, String> fields) {
        if (field == null || fields == null) {
            return null;
        }
        for (String f = field; ; f = f.substring(0, f.lastIndexOf('.'))) {
            String id = fields.get(f);
            if (id != null) {
                return id;
            }
            if (f.indexOf('.') < 0) {
                return null;
            }
        }
    }

    /** The first cause that says what went wrong; wrappers (EJB, transaction, JPA rollback) are skipped. */
    static Throwable decisive(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof RolegateException || isOptimisticLock(t)) {
                return t;
            }
        }
        return failure;
    }

    private static boolean isOptimisticLock(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException
                || (t != null && ECLIPSELINK_OPTIMISTIC_LOCK.equals(t.getClass().getName()));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /**
     * Keeps this request's page-wide messages for the page a redirect leads to (held in the session,
     * shown by {@link PendingMessages}; not the Faces flash, whose cookie a second request of the same
     * browser can overtake).
     */
    public static void keepForRedirect() {
        FacesContext fc = FacesContext.getCurrentInstance();
        PageSession session = jakarta.enterprise.inject.spi.CDI.current().select(PageSession.class).get();
        fc.getMessages(null).forEachRemaining(session::keep);
    }
}
