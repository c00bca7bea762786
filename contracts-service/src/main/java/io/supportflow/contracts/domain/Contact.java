package io.supportflow.contracts.domain;

/** A person at the customer: e-mail (lower case), phone in E.164, role, preferred language. */
public record Contact(String name, String email, String phone, ContactRole role, String language) {

  public Contact {
    name = Checks.text("name", name, Checks.NAME);
    email = Checks.email("email", email);
    phone = Checks.phone("phone", phone);
    Checks.required("role", role);
    language = Checks.language("language", language);
  }

  public boolean mayOpenCases() {
    return role != ContactRole.END_USER;
  }
}
