package app.rolegate.platform;

/** The addressed thing does not exist, or the caller may not know that it does: 404. */
public class NotFoundException extends RolegateException {
    public NotFoundException(String message) {
        super(message);
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
