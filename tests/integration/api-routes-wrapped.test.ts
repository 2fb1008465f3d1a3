// Errors become answers at two edges only: every route handler of app/api runs in apiRoute()
// (lib/http/api-route.ts), and no route handler or server action maps an error by hand.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { directRoutes } from "../../app/api/direct-routes";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** next-auth's own catch-all: its handler is next-auth's. */
const NEXT_AUTH = "app/api/auth/[...nextauth]/route.ts";

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesNamed(full, name) : entry === name ? [path.relative(ROOT, full)] : [];
  });
}

const source = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const routes = filesNamed(path.join(ROOT, "app/api"), "route.ts").filter((file) => file !== NEXT_AUTH);
const actions = filesNamed(path.join(ROOT, "app"), "actions.ts");

/** Each exported HTTP method's declaration and the text of its body, up to the closing brace at the line's start. */
function handlers(text: string): { method: string; declaration: string; body: string }[] {
  return [...text.matchAll(/^export (.*?)\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b(.*)$/gm)].map((match) => {
    const start = match.index + match[0].length;
    const end = text.indexOf("\n}", start);
    return { method: match[2], declaration: match[0], body: text.slice(start, end === -1 ? undefined : end) };
  });
}

describe("the two edges", () => {
  it("finds the route handlers and server actions", () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(actions.length).toBeGreaterThan(10);
  });

  it.each(routes)("%s: every handler is a function whose only statement returns apiRoute(…)", (file) => {
    const text = source(file);
    const found = handlers(text);
    expect(found.length, "no exported handler found").toBeGreaterThan(0);
    for (const { method, declaration, body } of found) {
      expect(declaration, `${method} is not declared as a function`).toMatch(/^export (async )?function /);
      expect(body.trim(), `${method} does not run in apiRoute()`).toMatch(/^return apiRoute\(/);
    }
    expect(text, "a route handler maps no error itself").not.toMatch(/\bcatch\b|errorResponse|status: 4\d\d/);
  });

  it.each(actions)("%s: maps no error by hand (publicAction or adminAction does)", (file) => {
    expect(source(file)).not.toMatch(/\bcatch\b|isAppError|fieldErrors\(/);
  });
});

describe("the routes the front door runs itself (app/api/direct-routes.ts)", () => {
  it.each(Object.keys(directRoutes))("%s is its route file's own handler, so that the checks above and the authorisation matrix cover it", async (key) => {
    // A fixed path: the door compares it with the request's whole address, query included.
    const [method, pathname] = key.split(" ");
    expect(key).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/api(\/[a-z0-9.-]+)+$/);
    const file = `app${pathname}/route.ts`;
    expect(routes, `${file} is a route of app/api`).toContain(file);
    const route = (await import(`../../${file}`)) as Record<string, unknown>;
    expect(directRoutes[key], `${key} runs ${file}'s ${method}`).toBe(route[method]);
  });
});

