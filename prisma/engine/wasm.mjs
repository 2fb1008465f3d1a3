// Loads @prisma/schema-engine-wasm in plain Node. Its entry module imports the .wasm file the bundler
// way, which Node cannot do, so we instantiate the module ourselves with the generated glue code.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

let gluePromise;

async function glue() {
  gluePromise ??= (async () => {
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bg,
    });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return gluePromise;
}

export async function wasmEngineVersion() {
  return (await glue()).version();
}

/**
 * @param {{ datamodels: [string, string][], adapterFactory: object, log: (line: string) => void }} options
 */
export async function loadSchemaEngine({ datamodels, adapterFactory, log }) {
  const { SchemaEngine } = await glue();
  return SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
