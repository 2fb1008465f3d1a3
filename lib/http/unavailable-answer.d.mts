export const RETRY_AFTER_SECONDS: number;
export const UNAVAILABLE_MESSAGE: string;
export function databaseUnreachable(): boolean;
export function databaseUnavailable(): boolean;
export function unavailableAnswer(pathname: string): { status: 503; body: string; headers: Record<string, string> };
