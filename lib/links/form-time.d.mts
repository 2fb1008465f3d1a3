export function formTimeSignature(secret: string, time: string): string;
export function signedFormTime(secret: string, ms: number): string;
