package io.supportflow.contracts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ContractsApplication {

  public static void main(String[] args) {
    SpringApplication.run(ContractsApplication.class, args);
  }
}
