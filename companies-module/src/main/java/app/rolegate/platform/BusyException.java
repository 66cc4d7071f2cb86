package app.rolegate.platform;

/**
 * The database stayed busy (lock timeouts or deadlocks) through every retry of an operation: 503 with
 * Retry-After. Nothing was changed; the same request may simply be sent again.
 */
public class BusyException extends RolegateException {
    public BusyException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Busy";
    }
}
