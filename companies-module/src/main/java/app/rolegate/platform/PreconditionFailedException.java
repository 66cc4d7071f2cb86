package app.rolegate.platform;

/** An {@code If-Match} that no longer matches: somebody changed the resource since the caller read it (412). */
public class PreconditionFailedException extends RolegateException {
    public PreconditionFailedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
