package app.rolegate.platform;

/** A duplicate or a concurrent edit: 409. */
public class ConflictException extends RolegateException {
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
