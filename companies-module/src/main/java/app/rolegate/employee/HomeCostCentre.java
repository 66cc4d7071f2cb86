package app.rolegate.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** One entry of an employee's home cost centre history: the cost centre's code, from this day on (SPEC 5.2). */
@Embeddable
public class HomeCostCentre {
    @Column(name = "cost_centre", nullable = false)
    private String costCentre;

    @Column(name = "valid_from", nullable = false)
    private LocalDate from;

    protected HomeCostCentre() {
    }

    public HomeCostCentre(String costCentre, LocalDate from) {
        this.costCentre = Objects.requireNonNull(costCentre);
        this.from = Objects.requireNonNull(from);
    }

    public String costCentre() { return costCentre; }
    public LocalDate from() { return from; }

    @Override
    public boolean equals(Object o) {
        return o instanceof HomeCostCentre h && costCentre.equals(h.costCentre) && from.equals(h.from);
    }

    @Override
    public int hashCode() {
        return Objects.hash(costCentre, from);
    }

    @Override
    public String toString() {
        return costCentre + " from " + from;
    }
}
