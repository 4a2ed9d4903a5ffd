package io.lockernet.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A system IT whose behaviour depends on the database: claims and locks, migrations, queries that count, sweep or
 * report, a retailer's own database. {@code mvn verify} runs every IT on H2; {@code mvn verify -Ppostgres} runs only
 * these, so that the PostgreSQL half of CI proves what PostgreSQL can change and no more (the rest of the system does
 * not know which database lies under it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnEveryDatabase.TAG)
public @interface OnEveryDatabase {

    /** The JUnit tag that the postgres profile selects. */
    String TAG = "database";
}
