package io.supportflow.escalation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EscalationApplication {

  public static void main(String[] args) {
    SpringApplication.run(EscalationApplication.class, args);
  }
}
