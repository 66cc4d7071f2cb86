package app.rolegate.platform;

/** The caller must wait before trying again (429); {@link #retryAfterSeconds} goes into Retry-After. */
public class TooManyRequestsException extends RolegateException {
    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
