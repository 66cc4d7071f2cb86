package app.rolegate.platform;

/**
 * The addressed thing does not exist, or the caller may not know whether it does (SPEC 2.1): 404.
 * Every 404 of the API says the same words, so that no answer tells "unknown" from "invisible".
 */
public class NotFoundException extends RolegateException {
    /** The one text of every 404: it names nothing the caller asked about. */
    public static final String TEXT = "There is nothing here that you may see.";

    public NotFoundException() {
        super(TEXT);
    }

    /** A 404 about something the caller may see (a role the target does not hold); never for 2.1's hidden targets. */
    public NotFoundException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
