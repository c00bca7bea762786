// Parses an AsyncAPI document with @asyncapi/parser and its Avro schema parser. The parser checks the
// document against the AsyncAPI 3.0 schema and converts every Avro payload, but for 3.0 documents it
// does not validate the Avro itself; this script does, payload by payload, with the Avro schema
// parser's own validation (avsc): bad Avro, and any named type a payload uses without defining it
// first (a registry serves each event schema whole, so nothing may point outside it), fail.
// Prints ERROR/WARNING lines and one VALID or INVALID line; exits 1 when the document is invalid.
import { readFileSync } from "node:fs";
import { Parser } from "@asyncapi/parser";
import { AvroSchemaParser } from "@asyncapi/avro-schema-parser";
import { parse as parseYaml } from "yaml";

const file = process.argv[2];
const text = readFileSync(file, "utf8");
const avro = AvroSchemaParser();
const parser = new Parser({ schemaParsers: [avro] });
const { document, diagnostics } = await parser.parse(text, { source: file });
let errors = 0;
for (const d of diagnostics) {
  const where = d.path?.length ? d.path.join("/") : "(document)";
  if (d.severity === 0) {
    errors++;
    console.log(`ERROR ${where}: ${d.message}`);
  } else if (d.severity === 1) {
    console.log(`WARNING ${where}: ${d.message}`);
  }
}
let avroPayloads = 0;
for (const [name, message] of Object.entries(parseYaml(text)?.components?.messages ?? {})) {
  if (avro.getMimeTypes().includes(message?.payload?.schemaFormat)) {
    avroPayloads++;
    for (const problem of await avro.validate({ data: message.payload.schema, path: [] })) {
      errors++;
      console.log(`ERROR components/messages/${name}/payload/schema: ${problem.message}`);
    }
  }
}
if (document === undefined || errors > 0) {
  console.log(`INVALID ${file}: ${errors} error(s)`);
  process.exit(1);
}
console.log(`VALID ${file}: ${document.channels().length} channels, ${document.operations().length} operations, `
  + `${document.messages().length} messages, ${avroPayloads} Avro payloads`);
