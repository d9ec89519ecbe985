package org.provex.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.formats.MetadataFormatException;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.formats.SecretMasker;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ManualTaskRunner;
import org.provex.ui.detail.DetailContent.FileRow;
import org.provex.ui.detail.DetailContent.InputRow;
import org.provex.ui.detail.ExecutionDetailViewModel.State;

/** The detail view model on the real demo catalog, with a synchronous task runner and no toolkit. */
class ExecutionDetailViewModelTest {

    @TempDir
    static Path dir;
    static DetailFixture demo;
    ExecutionDetailViewModel vm;

    @BeforeAll
    static void openDemo() throws IOException {
        demo = new DetailFixture(dir);
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    @BeforeEach
    void newViewModel() {
        demo.navigator.calls.clear();
        demo.dialogs.clipboard.clear();
        demo.dialogs.browsed.clear();
        demo.sessionProperty.set(demo.session);
        vm = new ExecutionDetailViewModel(demo.context(new ImmediateTaskRunner()));
    }

    @Test
    void startsEmptyWithAHint() {
        assertThat(vm.state().get()).isEqualTo(State.EMPTY);
        assertThat(vm.message().get()).isEqualTo("Select an execution to see what code and data produced it.");
        assertThat(vm.content().get()).isNull();
    }

    @Test
    void uploadedRunShowsItsCodeAndInputsPinnedToSnapshots() {
        Rid rid = demo.uploadedWithInputs();
        vm.load(rid);

        assertThat(vm.state().get()).isEqualTo(State.LOADED);
        DetailContent c = vm.content().get();
        assertThat(c.header().rid()).isEqualTo(rid);
        assertThat(c.header().status()).isEqualTo("Uploaded");
        assertThat(c.header().phase()).isEqualTo(ExecutionStatus.Phase.SUCCEEDED);
        assertThat(c.header().createdUtc()).endsWith(" UTC");
        assertThat(c.header().durations()).extracting(DetailContent.Field::label)
                .containsExactly("Execution", "Download", "Upload");
        assertThat(c.inputs()).isNotEmpty().allSatisfy(in -> {
            assertThat(in.pinned()).isTrue();
            assertThat(in.dev()).isFalse();
            assertThat(in.version()).isNotNull();
            assertThat(in.snapshot()).isNotBlank();
            assertThat(in.snapshotUtc()).endsWith(" UTC");
        });
        assertThat(c.code().workflow()).isNotNull();
        assertThat(c.code().location()).extracting(DetailContent.Field::label)
                .containsExactly("Repository", "Commit", "Path");
        assertThat(c.code().identity()).extracting(DetailContent.Field::label)
                .contains("Checksum (git blob)", "Run version", "Workflow.Version");
        assertThat(c.code().identity()).filteredOn(f -> f.label().equals("Workflow.Version"))
                .extracting(DetailContent.Field::note)
                .containsExactly("version of the first run that created this workflow row");
        assertThat(c.files()).extracting(FileRow::name).contains("configuration.json");
        assertThat(c.files()).allMatch(FileRow::cached);
        assertThat(c.configuration().datasets()).isNotEmpty();

        vm.showWorkflow();
        InputRow in = c.inputs().get(0);
        vm.showDataset(in.dataset(), in.version());
        assertThat(demo.navigator.calls).containsExactly("workflow " + c.code().workflow(),
                "dataset " + in.dataset() + "@" + in.version());
    }

    @Test
    void dirtyRunIsFlaggedFirstAndItsRunVersionSaysSo() {
        vm.load(demo.dirtyRun());

        DetailContent c = vm.content().get();
        assertThat(c.findings()).extracting(f -> f.code()).contains("dirty-tree");
        assertThat(c.findings().get(0).message()).contains("uncommitted changes");
        assertThat(c.code().dirty()).isTrue();
        assertThat(c.code().identity()).filteredOn(f -> f.label().equals("Run version")).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).matches(".*\\.d\\d{8}");
                    assertThat(f.note()).contains("uncommitted changes");
                });
    }

    @Test
    void secretsAreMaskedUntilRevealedAndMaskedAgainOnTheNextLoad() {
        Rid first = demo.dirtyRun();
        vm.load(first);
        FileRow envFile = environmentFile();
        String secret = ((ParsedMetadata.Environment) envFile.parsed()).snapshot().environment()
                .get("AWS_SECRET_ACCESS_KEY");
        assertThat(secret).isNotBlank();

        vm.files().select(envFile);

        EnvironmentModel env = vm.files().environment();
        assertThat(env.secretCount().get()).isGreaterThan(0);
        assertThat(variable(env, "AWS_SECRET_ACCESS_KEY").value()).isEqualTo(SecretMasker.MASK);
        assertThat(variable(env, "HOME").value()).startsWith("/");
        assertThat(vm.files().text().get()).contains("AWS_SECRET_ACCESS_KEY").doesNotContain(secret);
        assertThat(vm.files().masked().get()).isTrue();

        vm.revealSecrets().set(true);
        assertThat(variable(env, "AWS_SECRET_ACCESS_KEY").value()).isEqualTo(secret);
        assertThat(vm.files().text().get()).contains(secret);
        assertThat(vm.files().masked().get()).isFalse();

        vm.load(demo.uploadedWithInputs());
        assertThat(vm.revealSecrets().get()).isFalse();
        assertThat(vm.files().selected().get()).isNull();
        vm.files().select(environmentFile());
        assertThat(variable(vm.files().environment(), "AWS_SECRET_ACCESS_KEY").value()).isEqualTo(SecretMasker.MASK);
        assertThat(vm.files().text().get()).doesNotContain(secret);
    }

    @Test
    void environmentSectionsHavePythonPlatformGpuAndAFilterablePackageList() {
        vm.load(demo.dirtyRun());
        vm.files().select(environmentFile());
        EnvironmentModel env = vm.files().environment();

        assertThat(env.python()).extracting(DetailContent.Field::label).contains("Version", "Implementation");
        assertThat(env.platform()).extracting(DetailContent.Field::label).contains("OS", "Kernel");
        assertThat(env.gpu()).extracting(DetailContent.Field::label).contains("Available", "Devices", "CUDA", "cuDNN");
        int all = env.packages().size();
        assertThat(env.packageSummary().get()).isEqualTo(all + " packages");

        env.packageFilter().set("NVIDIA");

        assertThat(env.packages()).isNotEmpty().allMatch(p -> p.name().startsWith("nvidia"));
        assertThat(env.packageSummary().get()).isEqualTo(env.packages().size() + " of " + all + " packages");
    }

    @Test
    void configurationFileIsShownPrettyPrinted() {
        vm.load(demo.uploadedWithInputs());
        FileRow config = vm.content().get().files().stream().filter(f -> f.name().equals("configuration.json"))
                .findFirst().orElseThrow();

        vm.files().select(config);

        assertThat(vm.files().text().get()).startsWith("{\n  \"datasets\": [\n");
        assertThat(vm.files().message().get()).isNull();
        assertThat(vm.files().masked().get()).isFalse();
        assertThat(vm.files().environment().snapshot().get()).isNull();
    }

    @Test
    void hydraInternalsAreHiddenUntilAskedFor() {
        vm.load(demo.dirtyRun());

        assertThat(vm.configChoices()).isNotEmpty().noneMatch(DetailContent.Choice::internal);
        assertThat(vm.hydraInternalCount()).isGreaterThan(0);
        vm.showHydraInternals().set(true);
        assertThat(vm.configChoices()).anyMatch(c -> c.group().equals("hydra/launcher"));
        assertThat(vm.content().get().configuration().commandLine()).contains("deriva-ml-run +experiment=");
        assertThat(vm.content().get().configuration().overrides()).contains("+experiment=cifar10_quick");
    }

    @Test
    void citationAndChaiseAreDisabledOnTheDemoWithTheReason() {
        vm.load(demo.uploadedWithInputs());

        assertThat(vm.linksAvailable().get()).isFalse();
        assertThat(vm.linksUnavailableReason().get()).startsWith("Links unavailable: The demo catalog");
        vm.copyCitation();
        vm.openInChaise();
        assertThat(demo.dialogs.clipboard).isEmpty();
        assertThat(demo.dialogs.browsed).isEmpty();

        vm.copyRid();
        assertThat(demo.dialogs.clipboard).containsExactly(vm.content().get().rid().value());
    }

    @Test
    void aRealCatalogCitesTheRunAtTheCachedSnapshotAndASessionChangeClearsThePage() {
        Rid rid = demo.uploadedWithInputs();
        vm.load(rid);
        var snap = demo.session.meta().snaptime();

        demo.sessionProperty.set(new CatalogSession("live", demo.db, demo.session.meta(),
                RecordLinks.of(CatalogLocation.of("www.example.org", "1"), snap)));

        assertThat(vm.state().get()).isEqualTo(State.EMPTY);
        assertThat(vm.content().get()).isNull();
        assertThat(vm.linksAvailable().get()).isTrue();
        assertThat(vm.linksUnavailableReason().get()).isNull();
        vm.load(rid);
        vm.copyCitation();
        vm.openInChaise();
        assertThat(demo.dialogs.clipboard).containsExactly("https://www.example.org/id/1/" + rid + "@" + snap);
        assertThat(demo.dialogs.browsed).singleElement().asString().startsWith("https://www.example.org/chaise/record/")
                .contains(rid.value());
    }

    @Test
    void sweepParentListsItsJobsInSequenceWithTheirStatus() {
        Rid parent = demo.sweepParent();
        vm.load(parent);

        DetailContent.Nesting n = vm.content().get().nesting();
        assertThat(n.parent()).isNull();
        assertThat(n.children()).hasSizeGreaterThan(2);
        assertThat(n.children()).extracting(DetailContent.RunRef::sequence).isSorted().doesNotContainNull();
        assertThat(n.children()).extracting(DetailContent.RunRef::status).contains("Uploaded", "Failed");
        assertThat(n.children()).filteredOn(r -> r.status().equals("Failed"))
                .allMatch(r -> r.phase() == ExecutionStatus.Phase.FAILED);

        Rid job = n.children().get(1).rid();
        vm.showExecution(job);
        vm.load(job);
        assertThat(vm.content().get().nesting().parent().rid()).isEqualTo(parent);
        assertThat(vm.content().get().nesting().parent().description()).contains("sweep");
        assertThat(demo.navigator.calls).containsExactly("execution " + job);
    }

    @Test
    void sentinelIsShownAsSuchAndAnUnknownRidIsNotFound() {
        vm.load(demo.sentinel());
        assertThat(vm.content().get().header().sentinel()).isTrue();
        assertThat(vm.content().get().findings()).extracting(f -> f.code()).containsExactly("sentinel");

        Rid unknown = Rid.of("9-ZZZY");
        vm.load(unknown);
        assertThat(vm.state().get()).isEqualTo(State.NOT_FOUND);
        assertThat(vm.message().get())
                .isEqualTo("Execution " + unknown + " is not in the local cache of this catalog.");
        assertThat(vm.content().get()).isNull();
    }

    @Test
    void aSupersededLoadIsCancelledAndOnlyTheLastOneShows() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        ExecutionDetailViewModel queued = new ExecutionDetailViewModel(demo.context(tasks));
        Rid first = demo.dirtyRun();
        Rid second = demo.sweepParent();

        queued.load(first);
        assertThat(queued.state().get()).isEqualTo(State.LOADING);
        assertThat(queued.message().get()).isEqualTo("Loading execution " + first + "\u2026");
        queued.load(second);
        tasks.runAll();

        assertThat(queued.state().get()).isEqualTo(State.LOADED);
        assertThat(queued.content().get().rid()).isEqualTo(second);

        queued.load(first);
        demo.sessionProperty.set(null);
        tasks.runAll();
        assertThat(queued.state().get()).isEqualTo(State.EMPTY);
        assertThat(queued.content().get()).isNull();
        assertThat(queued.linksUnavailableReason().get()).contains("No catalog is open");
    }

    @Test
    void aFileWhoseBodyIsNotCachedSaysSo(@TempDir Path own) throws IOException {
        try (DetailFixture fresh = new DetailFixture(own)) {
            ExecutionDetailViewModel local = new ExecutionDetailViewModel(fresh.context(new ImmediateTaskRunner()));
            Rid rid = fresh.uploadedWithInputs();
            local.load(rid);
            FileRow config = local.content().get().files().stream().filter(f -> f.name().equals("configuration.json"))
                    .findFirst().orElseThrow();
            String md5 = config.asset().md5();
            Files.delete(fresh.db.blobs().root().resolve(md5.substring(0, 2)).resolve(md5));

            local.files().select(config);
            assertThat(local.files().message().get()).isEqualTo("configuration.json is recorded in the catalog but"
                    + " not downloaded here. Sync the catalog to bring it home.");
            assertThat(local.files().text().get()).isEmpty();

            local.load(rid);
            FileRow missing = local.content().get().files().stream()
                    .filter(f -> f.name().equals("configuration.json")).findFirst().orElseThrow();
            assertThat(missing.cached()).isFalse();
            assertThat(local.content().get().findings()).extracting(f -> f.code())
                    .contains("not-downloaded");
            local.files().select(missing);
            assertThat(local.files().message().get()).contains("not downloaded here");
        }
    }

    @Test
    void aFileThatDidNotParseShowsTheReadersMessageAboveItsText() {
        vm.load(demo.uploadedWithInputs());
        FileRow config = vm.content().get().files().stream().filter(f -> f.name().equals("configuration.json"))
                .findFirst().orElseThrow();
        MetadataFormatException error = MetadataFormatException.atPath("configuration.json", "datasets[0].rid",
                "expected text, found a number");
        FileRow broken = new FileRow(config.name(), config.role(), config.types(), config.size(), config.md5(), true,
                config.kind(), config.asset(), new ParsedMetadata.Failed(error));

        vm.files().select(broken);

        assertThat(vm.files().message().get()).isEqualTo(error.getMessage())
                .startsWith("configuration.json has an unexpected value at datasets[0].rid");
        assertThat(vm.files().text().get()).startsWith("{\n  \"datasets\"");
        vm.files().select(null);
        assertThat(vm.files().message().get()).isEqualTo("Select a file above to view it.");
        assertThat(vm.files().text().get()).isEmpty();
    }

    @Test
    void aCredentialInAnotherFileIsMaskedUntilRevealed() throws IOException {
        String token = "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz012345";
        byte[] body = ("model: cnn\nhub_token: " + token + "\nepochs: 10\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String md5 = java.util.HexFormat.of().formatHex(md5(body));
        demo.db.blobs().put(md5, body.length, new java.io.ByteArrayInputStream(body));
        var asset = new org.provex.core.model.AssetFile(Rid.of("1-X002"), "deriva-ml:Execution_Metadata", "/hatrac/x",
                "hydra-1-config.yaml", body.length, md5, null, List.of("Hydra_Config"), null, null);
        FileRow row = new FileRow(asset.filename(), "Output", "Hydra_Config", "49 B", md5, true, asset.kind(), asset,
                null);
        vm.load(demo.uploadedWithInputs());

        vm.files().select(row);

        assertThat(vm.files().text().get()).isEqualTo("model: cnn\nhub_token: " + SecretMasker.MASK + "\nepochs: 10\n");
        assertThat(vm.files().hasSecrets().get()).isTrue();
        vm.revealSecrets().set(true);
        assertThat(vm.files().text().get()).contains(token);
    }

    private static byte[] md5(byte[] body) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(body);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private FileRow environmentFile() {
        List<FileRow> files = vm.content().get().files();
        return files.stream().filter(FileRow::isEnvironment).findFirst().orElseThrow();
    }

    private static EnvironmentModel.Variable variable(EnvironmentModel env, String name) {
        return env.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
