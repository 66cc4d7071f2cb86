package app.rolegate.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A platform-wide setting, such as which company is the auditors' organisation. */
@Entity
@Table(name = "platform_setting")
public class PlatformSetting {
    public static final String AUDITOR_ORGANISATION = "auditor-organisation";

    @Id
    private String name;

    @Column(name = "setting_value")
    private String value;

    @Version
    private long version;

    protected PlatformSetting() {
    }

    public PlatformSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String value() {
        return value;
    }

    public void change(String newValue) {
        this.value = newValue;
    }
}
