package org.mingle.domain.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores accounts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRowRepository extends CrudRepository<AccountRow, UUID> {

    Optional<AccountRow> findByEmail(String email);

    List<AccountRow> findByIdIn(Collection<UUID> ids);

    @Query("update accounts set token_version = token_version + 1 where id = :id and erased_at is null")
    int incrementTokenVersion(UUID id);

    /** Sets a new password and ends every token and session issued under the old one. */
    @Query("update accounts set password_hash = :passwordHash, token_version = token_version + 1 "
            + "where id = :id and erased_at is null")
    int replacePassword(UUID id, String passwordHash);

    @Query("update accounts set display_name = :displayName where id = :id and erased_at is null")
    int updateDisplayName(UUID id, String displayName);

    @Query("update accounts set language = :language where id = :id and erased_at is null")
    int updateLanguage(UUID id, @Nullable String language);
}
