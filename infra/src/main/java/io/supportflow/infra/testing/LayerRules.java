package io.supportflow.infra.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The house layering, checked the same way in every service: the domain is plain Java, the
 * application knows no adapter or framework, adapters never reach into config. Each rule fails
 * when it matches no class at all, so a misspelt package cannot pass vacuously.
 */
public final class LayerRules {

  private static final String[] FRAMEWORKS = {
    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "com.mongodb..",
    "org.bson..", "io.supportflow.events..", "jakarta..", "tools.jackson..", "com.fasterxml.."
  };

  /**
   * Shared plain-Java domain libraries a service's domain may build on: exactly these packages, not
   * their subpackages (business-time's Avro reader, the case-timeline kit's Mongo store, timers, flow).
   */
  private static final String[] SHARED_DOMAIN = {"io.supportflow.businesstime", "io.supportflow.timeline"};

  private LayerRules() {}

  public static void check(String basePackage) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage);

    List<ArchRule> rules = List.of(
        classes().that().resideInAPackage(basePackage + ".domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(concat(SHARED_DOMAIN, "java..", basePackage + ".domain.."))
            .because("the domain is plain Java: records and policies, java.time, the shared business calendar and case timeline only"),
        noClasses().that().resideInAPackage(basePackage + ".application..")
            .should().dependOnClassesThat()
            .resideInAnyPackage(concat(FRAMEWORKS, basePackage + ".adapter..", basePackage + ".config.."))
            .because("use cases talk to the outside only through their ports"),
        noClasses().that().resideInAPackage(basePackage + ".adapter..")
            .should().dependOnClassesThat()
            .resideInAPackage(basePackage + ".config..")
            .because("adapters are wired by config, never the other way round"));
    rules.forEach(rule -> rule.allowEmptyShould(false).check(classes));
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
