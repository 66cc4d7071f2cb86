package app.rolegate.membership;

/** A custom override ("edited permission") for one function key. */
public enum AccessLevel {
    NONE, READ, EDIT
}
