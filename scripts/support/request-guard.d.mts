import type { IncomingMessage, Server, ServerResponse } from "node:http";

export const API_METHODS: string[];
export const PAGE_METHODS: string[];
export const MAX_ACTION_BODY_BYTES: number;

export function baselineHeaders(options?: { https?: boolean }): Record<string, string>;

export interface RequestGuard {
  handle(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage) => unknown): Promise<unknown>;
  attach(server: Server): void;
}

export function createRequestGuard(options?: {
  https?: boolean;
  log?: (fields: Record<string, unknown>, message: string) => void;
  maxActionBytes?: number;
}): RequestGuard;
