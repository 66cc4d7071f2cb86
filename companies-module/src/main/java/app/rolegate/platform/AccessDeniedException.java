package app.rolegate.platform;

/** The caller may not do this, and no single delegation rule is the reason (e.g. reading the audit log): 403. */
public class AccessDeniedException extends RolegateException {
    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
