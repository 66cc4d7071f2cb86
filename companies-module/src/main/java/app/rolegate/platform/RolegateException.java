package app.rolegate.platform;

import jakarta.ejb.ApplicationException;

/**
 * Base of every failure the API reports as a problem. An application exception, so EJB hands it
 * through unwrapped and rolls the transaction back: a failed call changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RolegateException extends RuntimeException {

    protected RolegateException(String message) {
        super(message);
    }

    /** HTTP status the interfaces layer answers with. */
    public abstract int status();

    /** Short, stable title for the problem body. */
    public abstract String title();

    /** The rule that decided, if one did. */
    public RuleId rule() {
        return null;
    }
}
