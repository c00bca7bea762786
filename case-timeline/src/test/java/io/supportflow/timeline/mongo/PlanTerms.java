package io.supportflow.timeline.mongo;

import org.bson.Document;

/** Terms that are only a plan's name, stored as {plan}: for the tests of the kit's store. */
public final class PlanTerms implements TermsCodec<String> {

  public static final PlanTerms CODEC = new PlanTerms();

  private PlanTerms() {}

  @Override
  public Document write(String terms) {
    return new Document("plan", terms);
  }

  @Override
  public String read(Document terms) {
    return terms.getString("plan");
  }
}
