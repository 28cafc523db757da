package jp.lg.platform.core.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of local government a tenant is: 都道府県, 市, 町 or 村. */
public enum TenantKind {
    PREFECTURE("都道府県"),
    CITY("市"),
    TOWN("町"),
    VILLAGE("村");

    private final String nameJa;

    TenantKind(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    public boolean isMunicipality() {
        return this != PREFECTURE;
    }

    /** The lower-case name used in CSV files and JSON ({@code prefecture}, {@code city}, ...). */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TenantKind fromCode(String code) {
        for (TenantKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown tenant kind '" + code + "': expected prefecture, city, town or village");
    }
}
