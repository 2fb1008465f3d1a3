import type { IncomingMessage, ServerResponse } from "node:http";

/** Writes a web Response (what route handlers and errorResponse return) to Node's response. */
export async function sendWebResponse(response: ServerResponse, answer: Response, { head = false } = {}): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => {
    if (name !== "set-cookie") response.setHeader(name, value);
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("set-cookie", cookies);
  response.setHeader("content-length", body.length);
  response.end(head ? undefined : body);
}

/** A Node request's headers as web Headers (repeated ones kept). */
export function webHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/** The body's bytes, read until `maxBytes` is passed (then what was read, past the limit, and the rest left). */
export function readUpTo(request: IncomingMessage, maxBytes: number): Promise<{ bytes: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (complete: boolean) => {
      request.off("data", onData).off("end", onEnd).off("error", reject);
      request.pause();
      resolve({ bytes: Buffer.concat(chunks), complete });
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > maxBytes) stop(false);
    };
    const onEnd = () => stop(true);
    request.on("data", onData).on("end", onEnd).on("error", reject);
  });
}
