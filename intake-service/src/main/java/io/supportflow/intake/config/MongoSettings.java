package io.supportflow.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The database intake keeps its documents in ({@code supportflow.mongodb}); default in application.yml. */
@ConfigurationProperties("supportflow.mongodb")
record MongoSettings(String database) {}
