package app.rolegate.administration;

/** The members list's filters (SPEC 5.5); null means "any". */
public record MemberFilter(String role, Boolean active, String idpStatus, String text) {
}
