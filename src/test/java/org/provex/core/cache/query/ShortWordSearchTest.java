package org.provex.core.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.Jdbc;
import org.provex.core.model.Execution;
import org.provex.core.model.Rid;

/**
 * Words of one or two characters, answered by the index of characters and pairs (migration V7), find exactly the
 * runs that {@code LIKE '%word%'} over the description, status detail and workflow name finds (the way they were
 * matched before), for every such word the texts hold and some they do not, with both ways of reading a page; and
 * the index follows a run whose texts change in an incremental refresh, and so do the sets of a search's runs that the
 * reads keep.
 */
class ShortWordSearchTest extends DemoCacheTest {

    @Test
    void everyShortWordFindsWhatLikeFinds() {
        Set<String> words = shortWords();
        assertThat(words).hasSizeGreaterThan(200);
        words.addAll(List.of("zq", "Q", "%", "_", "\\", "%_", "ÿ", "\uE020", "E0"));
        int found = 0;
        for (String word : words) {
            List<Rid> expected = like(word);
            found += expected.isEmpty() ? 0 : 1;
            for (ExecutionQueries q : List.of(new ExecutionQueries(db), new ExecutionQueries(db, WALK),
                    new ExecutionQueries(db, FROM_FILTER))) {
                ExecutionFilter f = ExecutionFilter.ALL.withText(word);
                assertThat(q.count(f)).as("count of '%s'", word).isEqualTo(expected.size());
                assertThat(q.list(f, ExecutionSort.asc(ExecutionColumn.RID), Integer.MAX_VALUE, 0))
                        .extracting(ExecutionRow::rid).as("runs of '%s'", word).isEqualTo(expected);
            }
        }
        assertThat(found).as("words that match some run").isGreaterThan(200);
    }

    @Test
    void aRefreshedRunIsFoundByItsNewTextsOnly() throws Exception {
        // the last run stored: loaded again, it takes the same rowid, so tokens left behind would be its tokens
        Rid last = storedRun("DESC");
        ExecutionRow row = new ExecutionLookup(db).rows(List.of(last)).get(last);
        Set<String> before = shortWords();
        assertThat(like("jq")).isEmpty();
        db.update(w -> {
            w.forgetForRefresh(List.of(row.rid()), List.of());
            w.execution(new Execution(row.rid(), row.workflow(), "jq only", row.status(), null, row.durations(),
                    row.created(), null));
            return null;
        });
        assertThat(new ExecutionQueries(db).list(ExecutionFilter.ALL.withText("jq"), ExecutionSort.NEWEST_FIRST,
                10, 0)).extracting(ExecutionRow::rid).containsExactly(row.rid());
        for (String word : before) {
            assertThat(new ExecutionQueries(db).count(ExecutionFilter.ALL.withText(word))).as("count of '%s'", word)
                    .isEqualTo(like(word).size());
        }
    }

    @Test
    void aKeptSetOfASearchsRunsIsNotUsedOnceTheCacheChanged() throws Exception {
        Rid first = storedRun("ASC");
        ExecutionRow row = new ExecutionLookup(db).rows(List.of(first)).get(first);
        ExecutionQueries q = new ExecutionQueries(db);
        ExecutionSort sort = ExecutionSort.asc(ExecutionColumn.RID);
        // a word for the index of pairs and one for the trigram index, neither in any text yet
        for (String word : List.of("qz", "qzv")) {
            ExecutionFilter f = ExecutionFilter.ALL.withText(word);
            assertThat(like(word)).isEmpty();
            assertThat(q.cursorAfter(f, sort, null, 1)).as("'%s' before", word).isNull();   // keeps the empty set
            String text = "now " + word + " too";
            db.update(w -> {
                w.forgetForRefresh(List.of(row.rid()), List.of());
                w.execution(new Execution(row.rid(), row.workflow(), text, row.status(), null, row.durations(),
                        row.created(), null));
                return null;
            });
            assertThat(q.slice(f, sort, null, 10).rows()).extracting(ExecutionRow::rid).as("'%s' after", word)
                    .containsExactly(row.rid());
            assertThat(q.cursorAfter(f, sort, null, 1).rid()).isEqualTo(row.rid().value());
            assertThat(q.count(f)).isEqualTo(1);
        }
    }

    /** The first ("ASC") or last ("DESC") run stored, by rowid. */
    private static Rid storedRun(String order) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rid FROM execution ORDER BY rowid " + order
                    + " LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Rid(rs.getString(1)) : null;
            }
        });
    }

    /** Every character and pair of adjacent characters of every text, in the spellings a person might type. */
    private static Set<String> shortWords() {
        Set<String> words = new TreeSet<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT description, status_detail, workflow_name "
                    + "FROM execution"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 3; i++) {
                        String text = rs.getString(i);
                        for (int at = 0; text != null && at < text.length(); at++) {
                            words.add(text.substring(at, at + 1));
                            if (at + 2 <= text.length()) {
                                String pair = text.substring(at, at + 2);
                                words.add(pair);
                                words.add(pair.toUpperCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
            return null;
        });
        words.removeIf(String::isBlank);
        words.removeIf(w -> w.chars().anyMatch(Character::isWhitespace));
        return words;
    }

    /** The runs whose texts hold the word, as an escaped LIKE over the three columns finds them, by RID. */
    private static List<Rid> like(String word) {
        String like = "%" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return db.read(c -> {
            List<Rid> rids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rid FROM execution WHERE description LIKE ? "
                    + "ESCAPE '\\' OR status_detail LIKE ? ESCAPE '\\' OR workflow_name LIKE ? ESCAPE '\\' "
                    + "ORDER BY rid")) {
                Jdbc.bind(ps, like, like, like);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rids.add(new Rid(rs.getString(1)));
                    }
                }
            }
            return rids;
        });
    }
}
