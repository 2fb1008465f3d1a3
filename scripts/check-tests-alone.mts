// `npm run test:alone [-- <file filters>] [--project=<name>]`: runs every test of every file ALONE
// (as `vitest run <file> -t <its name>` would), so that a test leaning on data left by an earlier
// test of its file shows up. Not part of `npm test` (it imports each file once per test); run it
// after adding or reordering tests, on the files concerned.
//
// Each round runs, in parallel, one test of every file that still has tests to check: a file is
// imported afresh on an empty migrated database (tests/setup/database.ts) with only that test
// selected (its suites' beforeAll/beforeEach hooks run, as with -t). Files of a single test are
// skipped: alone is how they always run. By default the unit and SQLite projects run (sqlite and
// sqlite-isolated); --project=postgresql --project=postgresql-isolated (or others) chooses.
import type { TestCase, TestModule, TestSpecification } from "vitest/node";
import { createVitest } from "vitest/node";

const args = process.argv.slice(2);
const projects = args.filter((arg) => arg.startsWith("--project=")).map((arg) => arg.slice("--project=".length));
const filters = args.filter((arg) => !arg.startsWith("--"));

async function main(): Promise<number> {
  const vitest = await createVitest("test", {
    watch: false,
    project: projects.length > 0 ? projects : ["unit", "sqlite", "sqlite-isolated"],
    reporters: [{}], // silent: this script reports
    passWithNoTests: true,
  });
  try {
    const collected = await vitest.collect(filters);
    const errors = collected.unhandledErrors;
    if (errors.length > 0) {
      console.error(errors);
      return 1;
    }
    const queues = new Map<TestModule, TestCase[]>();
    for (const testModule of collected.testModules) {
      const tests = [...testModule.children.allTests()];
      if (tests.length > 1) queues.set(testModule, tests);
    }
    const total = [...queues.values()].reduce((sum, tests) => sum + tests.length, 0);
    console.log(`${total} tests in ${queues.size} files, each run alone`);

    const failures: string[] = [];
    let done = 0;
    for (let round = 0; queues.size > 0; round++) {
      const batch = new Map<string, TestCase>();
      const specifications: TestSpecification[] = [];
      for (const [testModule, tests] of queues) {
        const test = tests.shift()!;
        if (tests.length === 0) queues.delete(testModule);
        batch.set(test.id, test);
        specifications.push(testModule.project.createSpecification(testModule.moduleId, { testIds: [test.id] }));
      }
      const result = await vitest.runTestSpecifications(specifications);
      for (const testModule of result.testModules) {
        for (const test of testModule.children.allTests()) {
          const wanted = batch.get(test.id);
          if (!wanted) continue;
          batch.delete(test.id);
          const outcome = test.result();
          if (outcome.state === "passed") continue;
          const message = outcome.state === "failed" ? (outcome.errors[0]?.message ?? "") : `state ${outcome.state}`;
          failures.push(`${describe(test)}\n    ${message.split("\n")[0]}`);
        }
        for (const error of testModule.errors()) failures.push(`${testModule.project.name} ${testModule.relativeModuleId}: ${error.message}`);
      }
      for (const test of batch.values()) failures.push(`${describe(test)}\n    did not run`);
      done += specifications.length;
      console.log(`round ${round + 1}: ${done}/${total}, ${failures.length} failing alone`);
    }

    if (failures.length === 0) {
      console.log("Every test passes alone.");
      return 0;
    }
    console.error(`\nThese tests fail when run alone (they depend on an earlier test of their file):\n\n${failures.join("\n")}`);
    return 1;
  } finally {
    await vitest.close();
  }
}

function describe(test: TestCase): string {
  const testModule = test.module;
  return `[${testModule.project.name}] ${testModule.relativeModuleId} > ${test.fullName}\n    npx vitest run ${testModule.relativeModuleId} --project ${testModule.project.name} -t ${JSON.stringify(`^${escapeRegExp(test.fullName.replaceAll(" > ", " "))}$`)}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
