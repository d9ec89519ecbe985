package org.provex.core.lineage;


import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.Rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provex.core.lineage.DemoLineage.SPLIT;
import static org.provex.core.lineage.DemoLineage.TRAIN;
import static org.provex.core.lineage.DemoLineage.dataset;

/** Members of the demo's dataset versions and the diff between versions. */
class DatasetMembersTest {

    @TempDir
    static Path dir;
    static CacheDatabase db;
    static DatasetMembers members;

    @BeforeAll
    static void load() throws IOException {
        db = DemoLineage.cache(dir);
        members = new DatasetMembers(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static DatasetMembers.TableCounts table(DatasetMembers.Diff diff, String association) {
        return diff.tables().stream().filter(t -> t.association().equals(association)).findFirst().orElseThrow();
    }

    @Test
    void theCorrectionRemovesNineAndAddsTwelveImages() {
        String train = dataset(TRAIN);
        DatasetMembers.Diff diff = members.diff(members.version(train, "0.2.0"), members.version(train, "0.3.0"));
        assertThat(diff.readable()).isTrue();
        DatasetMembers.TableCounts images = table(diff, "cifar10:Dataset_Image");
        assertThat(images.memberTable()).isEqualTo("cifar10:Image");
        assertThat(images.membersFrom()).isEqualTo(160);
        assertThat(images.membersTo()).isEqualTo(163);
        assertThat(images.added()).isEqualTo(12);
        assertThat(images.removed()).isEqualTo(9);
        List<DatasetMembers.Member> added = new ArrayList<>();
        List<DatasetMembers.Member> removed = new ArrayList<>();
        members.changes(diff, images, Integer.MAX_VALUE, added::add, removed::add);
        assertThat(added).hasSize(12);
        assertThat(removed).hasSize(9).allSatisfy(m -> assertThat(m.display()).contains("\"Filename\":\"cifar10_audit_")
                .contains("Image_Class"));
        assertThat(removed.stream().map(DatasetMembers.Member::rid).toList()).isSorted();

        DatasetMembers.Diff back = members.diff(members.version(train, "0.3.0"), members.version(train, "0.2.0"));
        assertThat(table(back, "cifar10:Dataset_Image").added()).isEqualTo(9);
        List<DatasetMembers.Member> readded = new ArrayList<>();
        members.changes(back, table(back, "cifar10:Dataset_Image"), 5, readded::add, m -> { });
        assertThat(readded).hasSize(5);
    }

    @Test
    void nestedDatasetsAreMembersToo() {
        String split = dataset(SPLIT);
        DatasetMembers.Diff diff = members.diff(members.version(split, "0.1.0"), members.version(split, "0.2.0"));
        DatasetMembers.TableCounts nested = table(diff, "deriva-ml:Dataset_Dataset");
        assertThat(nested.added()).isEqualTo(2);
        assertThat(nested.membersFrom()).isZero();
        DatasetMembers.Diff same = members.diff(members.version(split, "0.2.0"), members.version(split, "0.4.0"));
        assertThat(table(same, "deriva-ml:Dataset_Dataset").added()).isZero();
        assertThat(table(same, "deriva-ml:Dataset_Dataset").removed()).isZero();
    }

    @Test
    void membersOfAVersionArePagedInRidOrder() {
        String train = dataset(TRAIN);
        DatasetMembers.Side side = members.side(members.version(train, "0.2.0"));
        DatasetMembers.TableCounts images = members.tables(side).stream()
                .filter(t -> t.association().equals("cifar10:Dataset_Image")).findFirst().orElseThrow();
        assertThat(images.membersTo()).isEqualTo(160);
        List<String> all = new ArrayList<>();
        String after = null;
        while (true) {
            List<DatasetMembers.Member> page = members.members(side, images.setId(), images.memberTable(), after, 50);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(m -> all.add(m.rid()));
            after = page.get(page.size() - 1).rid();
        }
        assertThat(all).hasSize(160).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void unchangedMembersCostNothingPerVersion() {
        String train = dataset(TRAIN);
        long deltas = db.read(c -> Rows.first(c, "SELECT count(*) FROM member_delta d JOIN member_set s "
                + "ON s.id = d.set_id WHERE s.dataset_rid = ? AND s.association = 'cifar10:Dataset_Image'",
                rs -> rs.getLong(1), train).orElseThrow());
        assertThat(deltas).as("160 added, then 9 removed and 12 added; 0.1.0 empty").isEqualTo(181);
    }

    @Test
    void badVersionsAreNamed() {
        String train = dataset(TRAIN);
        assertThatThrownBy(() -> members.version(train, "9.9.9")).isInstanceOf(LineageException.class)
                .hasMessageContaining("has no version 9.9.9").hasMessageContaining("0.2.0, 0.3.0");
        assertThatThrownBy(() -> members.version("1-ZZZZ", "0.1.0")).hasMessageContaining("no dataset 1-ZZZZ");
        String complete = dataset("CIFAR-10 complete: all 60,000 labeled images");
        DatasetMembers.VersionRef dev = members.version(complete, "0.3.0.post1.dev2");
        DatasetMembers.Diff diff = members.diff(members.version(complete, "0.3.0"), dev);
        assertThat(diff.readable()).isFalse();
        assertThat(diff.from().readable()).isTrue();
        assertThat(diff.to().problem()).contains("dev version");
    }
}
