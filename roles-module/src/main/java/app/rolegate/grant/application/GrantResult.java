package app.rolegate.grant.application;

import java.util.List;

/** A grant made, with the warnings its decision carried (D6: a payroll calculator without ALL_RIGHTS). */
public record GrantResult(GrantView grant, List<String> warnings) {
    public GrantResult {
        warnings = List.copyOf(warnings);
    }
}
