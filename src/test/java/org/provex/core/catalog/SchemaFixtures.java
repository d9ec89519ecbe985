package org.provex.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Loads the real ERMrest /schema dumps under src/test/resources/fixtures/deriva-ml-schema. */
final class SchemaFixtures {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SchemaFixtures() {
    }

    /** Fresh catalog, May 2026 (pre-1.54). */
    static JsonNode fresh() {
        return load("deriva-ml-reference.json");
    }

    /** Older demo catalog, Aug 2025. */
    static JsonNode demo() {
        return load("demo-catalog-schema.json");
    }

    /** Real EyeAI catalog. */
    static JsonNode eyeAi() {
        return load("eye-ai-catalog-schema.json");
    }

    static JsonNode load(String name) {
        String path = "/fixtures/deriva-ml-schema/" + name;
        try (InputStream in = SchemaFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode json(String text) {
        return (ObjectNode) MAPPER.readTree(text);
    }

    static ObjectNode mlTables(JsonNode document) {
        return (ObjectNode) document.path("schemas").path("deriva-ml").path("tables");
    }
}
