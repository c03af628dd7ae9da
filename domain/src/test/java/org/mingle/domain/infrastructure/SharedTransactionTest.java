package org.mingle.domain.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.ACCOUNTS;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/** jOOQ and Micronaut Data share one pool and one transaction: they commit or roll back together. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedTransactionTest implements MicronautPostgres {

    @Inject
    DSLContext sql;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void bothWritesCommitTogether() {
        var viaJooq = UUID.randomUUID();
        var viaMicronautData = UUID.randomUUID();

        transactions.executeWrite(status -> {
            insertWithJooq(viaJooq);
            insertWithMicronautData(viaMicronautData);
            return null;
        });

        assertThat(exists(viaJooq)).isTrue();
        assertThat(exists(viaMicronautData)).isTrue();
    }

    @Test
    void bothWritesRollBackTogether() {
        var viaJooq = UUID.randomUUID();
        var viaMicronautData = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            insertWithMicronautData(viaMicronautData);
            insertWithJooq(viaJooq);
            throw new IllegalStateException("fail after both writes");
        })).hasMessage("fail after both writes");

        assertThat(exists(viaJooq)).isFalse();
        assertThat(exists(viaMicronautData)).isFalse();
    }

    @Test
    void aFailingJooqStatementRollsBackTheEarlierMicronautDataWrite() {
        var viaMicronautData = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            insertWithMicronautData(viaMicronautData);
            return sql.insertInto(ACCOUNTS, ACCOUNTS.ID, ACCOUNTS.DISPLAY_NAME, ACCOUNTS.EMAIL, ACCOUNTS.PASSWORD_HASH)
                    .values(new AccountId(UUID.randomUUID()), "", "empty@example.com", "hash").execute();
        })).hasMessageContaining("accounts_display_name_check");

        assertThat(exists(viaMicronautData)).isFalse();
    }

    @Test
    void jooqWorksOutsideATransaction() {
        var id = UUID.randomUUID();

        insertWithJooq(id);

        assertThat(exists(id)).isTrue();
    }

    private void insertWithJooq(UUID id) {
        sql.insertInto(ACCOUNTS, ACCOUNTS.ID, ACCOUNTS.DISPLAY_NAME, ACCOUNTS.EMAIL, ACCOUNTS.PASSWORD_HASH)
                .values(new AccountId(id), "via jOOQ", id + "@example.com", "hash").execute();
    }

    private void insertWithMicronautData(UUID id) {
        jdbc.prepareStatement("insert into accounts (id, display_name, email, password_hash) values (?, ?, ?, ?)",
                statement -> {
            statement.setObject(1, id);
            statement.setString(2, "via Micronaut Data");
            statement.setString(3, id + "@example.com");
            statement.setString(4, "hash");
            return statement.executeUpdate();
        });
    }

    private boolean exists(UUID id) {
        return sql.fetchExists(ACCOUNTS, ACCOUNTS.ID.eq(new AccountId(id)));
    }
}
