package app.rolegate.employee.application;

import app.rolegate.costcentre.CostCentre;

/** A cost centre as the interfaces show it. */
public record CostCentreView(long id, String code, String name) {
    public static CostCentreView of(CostCentre k) {
        return new CostCentreView(k.id(), k.code(), k.name());
    }
}
