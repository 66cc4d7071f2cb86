package app.rolegate.platform;

/** Bad input: 400, names the field and what is wrong with it. */
public class InvalidInputException extends RolegateException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * The same failure for a field of a nested object, e.g. {@code firstUser.personalIdentityCode}:
     * the caller must be able to tell which of two fields of the same name is wrong.
     */
    public InvalidInputException within(String parent) {
        InvalidInputException nested = new InvalidInputException(field == null ? parent : parent + "." + field,
                field != null && getMessage().startsWith(field) ? parent + "." + getMessage() : getMessage());
        nested.setStackTrace(getStackTrace());
        return nested;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
