package app.rolegate.web.security;

import app.rolegate.platform.RolegateException;

/**
 * A login failed. One message for every reason (unknown user, wrong password, inactive account,
 * malformed request), so that the answer tells an attacker nothing about which accounts exist.
 */
public class InvalidCredentialsException extends RolegateException {
    public static final String MESSAGE = "The user id or password is wrong, or the account may not log in.";

    public InvalidCredentialsException() {
        super(MESSAGE);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Invalid credentials";
    }
}
