// Reading a V8 CPU profile of a production server (`node --cpu-prof`): where the CPU went during
// a window, by part of the stack (self time) and by step of a request (inclusive time), with the
// bundled, minified code of .next/ mapped back to its sources through the build's source maps.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A frame once mapped: the source file (relative to the project, or `node_modules/<package>/…`) and the function. */
export interface Frame {
  source: string;
  functionName: string;
  line: number;
}

/**
 * A step of a request: its name and the frames that make it. `inclusive`: the time of those frames
 * and of everything they call synchronously (a check that runs and returns); `self`: only their
 * own time (a wrapper that calls the rest of the request, such as the server's guard).
 */
export interface Step {
  name: string;
  mode: "inclusive" | "self";
  matches: (frame: Frame) => boolean;
}

export interface ProfileSummary {
  /** CPU time spent (not idle) in the window, microseconds. */
  busy: number;
  /** Self time by part of the stack. */
  parts: Map<string, number>;
  /** Self time by function (`name source:line`). */
  functions: Map<string, number>;
  /** Inclusive time by step. */
  steps: Map<string, number>;
  /** Inclusive time by function of the app's own sources (lib/, app/): where its time goes. */
  appFunctions: Map<string, number>;
}

/** Which part of the stack a (mapped) source belongs to. */
export function partOf(frame: Frame): string {
  const source = frame.source;
  if (frame.functionName === "(garbage collector)") return "garbage collection";
  if (!source) return "Node and V8 (native)";
  if (source.includes("better-sqlite3")) return "SQLite driver";
  if (/node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(source)) return "PostgreSQL driver";
  if (source.includes("@prisma") || source.includes("query_compiler") || source.includes("lib/generated/")) return "Prisma client";
  if (/node_modules\/(react|react-dom|react-server-dom-[a-z]+)\//.test(source) || source.includes("/compiled/react")) return "React";
  if (source.includes("node_modules/next/")) return "Next.js";
  if (source.includes("node_modules/zod")) return "zod";
  if (source.includes("node_modules/pino") || source.includes("thread-stream") || source.includes("sonic-boom")) return "logging (pino)";
  if (source.startsWith("node:")) return "Node (JavaScript)";
  if (source.startsWith("scripts/")) return "the production server (scripts/)";
  if (/^(app|lib|proxy\.ts|instrumentation\.ts|components|emails)/.test(source)) return "the app";
  if (source.includes("node_modules/")) return `other: ${source.split("node_modules/").pop()?.split("/")[0]}`;
  return "other";
}

/** Source maps of the bundled files, read once each. */
class SourceMaps {
  private readonly consumers = new Map<string, SourceMapConsumer | null>();

  constructor(private readonly root: string) {}

  /** The frame's original source and name, or the frame as it is when it has no map. */
  map(callFrame: ProfileNode["callFrame"]): Frame {
    const file = callFrame.url.startsWith("file://") ? fileURLToPath(callFrame.url) : callFrame.url;
    const relative = file.startsWith(this.root) ? path.relative(this.root, file) : file;
    const frame: Frame = { source: relative, functionName: callFrame.functionName || "(anonymous)", line: callFrame.lineNumber + 1 };
    if (!relative.startsWith(".next/") || callFrame.lineNumber < 0) return frame;
    const consumer = this.consumer(file);
    if (!consumer) return frame;
    const original = consumer.originalPositionFor({ line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
    if (!original.source) return frame;
    const source = path.normalize(path.join(path.dirname(relative), original.source)).replace(/^(\.\.\/)+/, "");
    const inModules = source.indexOf("node_modules/");
    return {
      source: inModules >= 0 ? source.slice(inModules) : source,
      functionName: original.name ?? frame.functionName,
      line: original.line ?? frame.line,
    };
  }

  private consumer(file: string): SourceMapConsumer | null {
    if (!this.consumers.has(file)) {
      const mapFile = `${file}.map`;
      this.consumers.set(file, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, "utf8")) as RawSourceMap) : null);
    }
    return this.consumers.get(file) ?? null;
  }
}

/**
 * The profile's samples taken between `from` and `to` (microseconds of the monotonic clock, as
 * `process.hrtime.bigint() / 1000n` gives them: V8 stamps samples with the same clock), summed.
 * `root` is the folder of the profiled build, whose .next/ maps are read.
 */
export function summariseProfile(file: string, root: string, steps: Step[], window: { from: number; to: number }): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const maps = new SourceMaps(root);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const frames = new Map(profile.nodes.map((node) => [node.id, maps.map(node.callFrame)]));
  /** The steps a node's stack is in, computed once a node. */
  const stepsOf = new Map<number, string[]>();
  const inSteps = (id: number): string[] => {
    const known = stepsOf.get(id);
    if (known) return known;
    const above = parent.has(id) ? inSteps(parent.get(id)!) : [];
    const frame = frames.get(id)!;
    const own = steps.filter((step) => step.mode === "inclusive" && step.matches(frame) && !above.includes(step.name)).map((step) => step.name);
    const all = own.length ? [...above, ...own] : above;
    stepsOf.set(id, all);
    return all;
  };

  /** The app's functions on a node's stack (each once), computed once a node. */
  const appOf = new Map<number, string[]>();
  const inApp = (id: number): string[] => {
    const known = appOf.get(id);
    if (known) return known;
    const above = parent.has(id) ? inApp(parent.get(id)!) : [];
    const frame = frames.get(id)!;
    const name = /^(lib|app)\//.test(frame.source) ? `${frame.functionName} ${frame.source}` : null;
    const all = name && !above.includes(name) ? [...above, name] : above;
    appOf.set(id, all);
    return all;
  };

  const summary: ProfileSummary = { busy: 0, parts: new Map(), functions: new Map(), steps: new Map(), appFunctions: new Map() };
  const add = (map: Map<string, number>, key: string, time: number) => map.set(key, (map.get(key) ?? 0) + time);
  let time = profile.startTime;
  profile.samples.forEach((id, k) => {
    const delta = profile.timeDeltas[k] ?? 0;
    time += delta;
    if (time < window.from || time > window.to) return;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === "(idle)") return;
    const frame = frames.get(id)!;
    summary.busy += delta;
    add(summary.parts, partOf(frame), delta);
    add(summary.functions, `${frame.functionName} ${frame.source.split("/").slice(-2).join("/")}:${frame.line}`, delta);
    const counted = new Set(inSteps(id));
    for (const step of steps) if (step.mode === "self" && step.matches(frame)) counted.add(step.name);
    for (const step of counted) add(summary.steps, step, delta);
    for (const name of inApp(id)) add(summary.appFunctions, name, delta);
  });
  return summary;
}
