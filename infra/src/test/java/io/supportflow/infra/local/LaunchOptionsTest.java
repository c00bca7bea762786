package io.supportflow.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.infra.stack.JvmProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  private final Path repo = Path.of("/work/repo");

  @Test
  void withoutOptionsTheDataLivesInDotLocalOfTheCheckoutWithSixPartitions() {
    LaunchOptions options = LaunchOptions.parse(new String[0], repo);

    assertThat(options).isEqualTo(new LaunchOptions(Path.of("/work/repo/.local"), false, false, 6));
  }

  @Test
  void everyOptionIsRead() {
    LaunchOptions options =
        LaunchOptions.parse(new String[] {"--reset", "--data", "/tmp/sf", "--partitions", "12", "--infra-only"}, repo);

    assertThat(options).isEqualTo(new LaunchOptions(Path.of("/tmp/sf"), true, true, 12));
  }

  @Test
  void throughputRunsTheServicesWithTheOptimisingCompilerAndItsOwnStartupCache() {
    LaunchOptions options = LaunchOptions.parse(new String[] {"--throughput", "--instances", "2"}, repo);

    assertThat(options.profile()).isEqualTo(JvmProfile.THROUGHPUT);
    assertThat(options.instances()).isEqualTo(2);
    assertThat(options.profile().options()).noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
    assertThat(options.profile().cacheFolder()).isNotEqualTo(JvmProfile.STARTUP.cacheFolder());
    assertThat(LaunchOptions.parse(new String[0], repo).profile().options()).contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void anUnknownOptionIsNamed() {
    assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--rest"}, repo))
        .isInstanceOf(LaunchOptions.UsageException.class)
        .hasMessage("Unknown option --rest");
  }

  @Test
  void aPartitionCountMustBePositive() {
    assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--partitions", "0"}, repo))
        .hasMessage("--partitions needs a positive number, not 0");
    assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--data"}, repo))
        .hasMessage("--data needs a value");
  }

  @Test
  void instancesOfTheConsumingServicesAreCountedAndBounded() {
    LaunchOptions two = LaunchOptions.parse(new String[] {"--instances", "2"}, repo);

    assertThat(two.instances()).isEqualTo(2);
    assertThat(two.services()).hasSize(10);
    assertThat(LaunchOptions.parse(new String[0], repo).services()).hasSize(6);
    assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--instances", "5"}, repo))
        .hasMessage("--instances is at most 4, not 5");
    assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--instances", "0"}, repo))
        .hasMessage("--instances needs a positive number, not 0");
  }
}
