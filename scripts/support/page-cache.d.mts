import type { IncomingMessage, ServerResponse } from "node:http";

export function cacheKey(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null;

export interface PageCache {
  readonly size: number;
  invalidate(): void;
  handle(request: IncomingMessage, response: ServerResponse, next: () => unknown): unknown;
}

export function createPageCache(options: { ttlMs: number; secret?: string; now?: () => number }): PageCache;
