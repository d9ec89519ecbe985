package org.provex.core.cache;

import java.sql.Connection;
import java.sql.SQLException;

/** A read against the cache's connection. */
@FunctionalInterface
public interface SqlFunction<T> {

    T apply(Connection connection) throws SQLException;
}
