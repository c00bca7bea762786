package io.supportflow.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCredentialsTest {

  @TempDir Path data;

  @Test
  void theFirstStartMakesAThirtyTwoByteUrlSafeApiKeyAndLaterStartsReuseIt() {
    DemoCredentials first = DemoCredentials.loadOrCreate(data);
    DemoCredentials second = DemoCredentials.loadOrCreate(data);

    assertThat(second).isEqualTo(first);
    assertThat(Base64.getUrlDecoder().decode(first.apiKey())).hasSize(32);
    assertThat(first.apiKey()).matches("[A-Za-z0-9_-]+");
    assertThat(first.contactMailboxPassword()).matches("[A-Za-z0-9_-]{16}");
    assertThat(first.deskMailboxPassword()).isNotEqualTo(first.contactMailboxPassword());
    assertThat(data.resolve(DemoCredentials.FILE_NAME)).exists();
  }

  @Test
  void aDataFolderFromAnOlderLauncherKeepsItsKeyAndGainsTheNewSecrets() throws Exception {
    java.nio.file.Files.writeString(data.resolve(DemoCredentials.FILE_NAME),
        "api-key=kept-from-before\ncontact-mailbox-password=a\ndesk-mailbox-password=b\n");

    DemoCredentials upgraded = DemoCredentials.loadOrCreate(data);

    assertThat(upgraded.apiKey()).isEqualTo("kept-from-before");
    assertThat(upgraded.agentKey()).hasSizeGreaterThan(40).isNotEqualTo(upgraded.customerKey());
    assertThat(DemoCredentials.loadOrCreate(data)).isEqualTo(upgraded);
  }

  @Test
  void theConfiguredKeysAreDigestsOfTheDemoKeysOnePerRole() {
    DemoCredentials credentials = DemoCredentials.loadOrCreate(data);

    String digests = credentials.apiKeyDigests("acme", "northwind");

    assertThat(digests.split(",")).containsExactly(
        "acme:integration:" + ApiKeyDigests.sha256Hex(credentials.apiKey()),
        "acme:agent:" + ApiKeyDigests.sha256Hex(credentials.agentKey()),
        "acme:customer:" + ApiKeyDigests.sha256Hex(credentials.customerKey()) + ":northwind",
        "acme:admin:" + ApiKeyDigests.sha256Hex(credentials.adminKey()),
        "*:operator:" + ApiKeyDigests.sha256Hex(credentials.operatorKey()));
    assertThat(digests).doesNotContain(credentials.apiKey()).doesNotContain(credentials.adminKey())
        .doesNotContain(credentials.operatorKey());
    // printf %s test | sha256sum
    assertThat(ApiKeyDigests.sha256Hex("test")).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  @Test
  void anotherDataFolderGetsOtherCredentials(@TempDir Path other) {
    assertThat(DemoCredentials.loadOrCreate(other).apiKey())
        .isNotEqualTo(DemoCredentials.loadOrCreate(data).apiKey());
  }
}
