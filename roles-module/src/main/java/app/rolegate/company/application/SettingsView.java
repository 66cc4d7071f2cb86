package app.rolegate.company.application;

import app.rolegate.company.Company;
import java.util.List;

/** A company's settings (SPEC 5.2, 5.4) and the version to send back when changing them (the company's). */
public record SettingsView(long companyId, int permissionToleranceDays, List<String> verifiedDomains, long version) {
    public static SettingsView of(Company c) {
        return new SettingsView(c.id(), c.permissionToleranceDays(), List.copyOf(c.verifiedDomains()), c.version());
    }
}
