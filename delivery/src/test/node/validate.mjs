// Validates every object of the given multi-document YAML files against the Kubernetes schemas
// (kubernetes-models) and KEDA's (@kubernetes-models/keda). Wrong types, missing required fields
// and unknown kinds fail; unknown fields are not caught by these models (the Java tests assert the
// fields that matter by path). Prints one line per object; exits 1 when any is invalid.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const packageOf = (apiVersion) => {
  if (apiVersion.startsWith("keda.sh/")) return `@kubernetes-models/keda/${apiVersion}`;
  if (apiVersion.startsWith("monitoring.coreos.com/")) return null; // Prometheus Operator: no schema package here
  return `kubernetes-models/${apiVersion}`;
};

let failures = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      console.log(`INVALID ${file}: not YAML: ${document.errors[0].message}`);
      failures++;
      continue;
    }
    const object = document.toJS();
    if (object == null) continue;
    const name = `${file}: ${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
    const path = packageOf(String(object.apiVersion));
    if (path == null) {
      console.log(`SKIPPED ${name} (no schema package)`);
      continue;
    }
    try {
      const models = await import(path);
      const Model = models[object.kind];
      if (!Model) throw new Error(`unknown kind ${object.kind} in ${object.apiVersion}`);
      new Model(object).validate();
      console.log(`VALID ${name}`);
    } catch (error) {
      console.log(`INVALID ${name}: ${error.message}`);
      failures++;
    }
  }
}
process.exit(failures === 0 ? 0 : 1);
