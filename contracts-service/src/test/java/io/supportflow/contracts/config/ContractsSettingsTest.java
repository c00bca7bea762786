package io.supportflow.contracts.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

class ContractsSettingsTest {

  @Test
  void theDefaultsOfApplicationYmlBindAsTypedSettings() throws Exception {
    MutablePropertySources sources = new MutablePropertySources();
    for (PropertySource<?> source : new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))) {
      sources.addLast(source);
    }
    Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));

    ContractsSettings settings = binder.bind("supportflow", ContractsSettings.class).get();

    assertThat(settings.mongodb().database()).isEqualTo("contracts");
    assertThat(settings.security().apiKeyDigests()).isEqualTo(List.of());
    assertThat(settings.admin().maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
    assertThat(settings.contracts().relayInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.demo()).isEqualTo(new ContractsSettings.Demo(false, "acme"));
  }
}
