package app.rolegate.idp.application;

/** "Verify accounts" (SPEC 5.4): linked at once, mailed a verification, and left alone. */
public record BulkVerification(int verified, int mailed, int skipped) {
}
