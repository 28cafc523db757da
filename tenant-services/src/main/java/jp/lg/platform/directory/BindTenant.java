package jp.lg.platform.directory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.lg.platform.core.tenancy.Tenant;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizerFactory;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizingAnnotation;
import org.jdbi.v3.sqlobject.customizer.SqlStatementParameterCustomizer;

/** Binds the columns of a {@link Tenant} to the named parameters {@link TenantDao} uses. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@SqlStatementCustomizingAnnotation(BindTenant.Factory.class)
public @interface BindTenant {

    final class Factory implements SqlStatementCustomizerFactory {
        @Override
        public SqlStatementParameterCustomizer createForParameter(java.lang.annotation.Annotation annotation,
                Class<?> sqlObjectType, java.lang.reflect.Method method, java.lang.reflect.Parameter param,
                int index, java.lang.reflect.Type paramType) {
            return (statement, arg) -> {
                Tenant t = (Tenant) arg;
                statement.bind("code", t.code().value())
                        .bind("nameJa", t.nameJa())
                        .bind("nameEn", t.nameEn())
                        .bind("kind", t.kind().code())
                        .bind("parentCode", t.parentCode().map(c -> c.value()).orElse(null))
                        .bind("aizuGroup", t.aizuGroup().orElse(null))
                        .bind("population", t.population())
                        .bind("populationAsOf", t.populationAsOf())
                        .bind("lat", t.office().lat())
                        .bind("lon", t.office().lon());
            };
        }
    }
}
