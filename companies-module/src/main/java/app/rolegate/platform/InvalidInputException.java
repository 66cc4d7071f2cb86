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

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
