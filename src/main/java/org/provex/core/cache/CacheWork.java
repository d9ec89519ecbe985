package org.provex.core.cache;

import java.io.IOException;
import java.sql.SQLException;

/** Work done with a {@link CacheWriter} inside one write transaction. */
@FunctionalInterface
public interface CacheWork<T> {

    T run(CacheWriter writer) throws IOException, SQLException;
}
