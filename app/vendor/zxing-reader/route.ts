import { readFile } from "node:fs/promises";
import path from "node:path";

export const dynamic = "force-static";

/**
 * The QR reader's WebAssembly (zxing-wasm, used by the barcode-detector polyfill on phones whose
 * browser has no BarcodeDetector), served by the app itself: the door never fetches from a CDN.
 */
export async function GET() {
  const wasm = await readFile(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm"));
  return new Response(new Uint8Array(wasm), { headers: { "Content-Type": "application/wasm", "Cache-Control": "public, max-age=86400" } });
}
