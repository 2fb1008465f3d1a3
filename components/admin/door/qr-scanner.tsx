"use client";

import { useEffect, useRef, useState } from "react";

interface Detector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

/**
 * The browser's own BarcodeDetector where it reads QR codes, otherwise the maintained polyfill
 * (zxing-wasm), whose WebAssembly is served by this app: nothing is fetched from elsewhere.
 */
async function qrDetector(): Promise<Detector> {
  const native = (window as unknown as { BarcodeDetector?: { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> } }).BarcodeDetector;
  if (native && (await native.getSupportedFormats()).includes("qr_code")) return new native({ formats: ["qr_code"] });
  const { BarcodeDetector, prepareZXingModule } = await import("barcode-detector/ponyfill");
  prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? `/vendor/zxing-reader` : prefix + path) } });
  return new BarcodeDetector({ formats: ["qr_code"] });
}

/** Reads tickets' QR codes: with the camera, or from a photo (what works on every phone). */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let last = { code: "", at: 0 };
    let stopped = false;
    (async () => {
      try {
        const detector = await qrDetector();
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        timer = window.setInterval(async () => {
          if (!video.current || video.current.readyState < 2) return;
          const [found] = await detector.detect(video.current).catch(() => []);
          // The same ticket stays in front of the camera for a moment: one tap, not ten.
          if (found && (found.rawValue !== last.code || Date.now() - last.at > 4000)) {
            last = { code: found.rawValue, at: Date.now() };
            onCodeRef.current(found.rawValue);
          }
        }, 250);
      } catch {
        setProblem("La caméra n'est pas disponible : photographiez le billet ou tapez son code.");
        setScanning(false);
      }
    })();
    return () => {
      stopped = true;
      window.clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning]);

  async function readPhoto(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    try {
      const [found] = await (await qrDetector()).detect(await createImageBitmap(file));
      if (found) onCode(found.rawValue);
      else setProblem("Aucun code QR lisible sur cette image : réessayez, ou tapez le code du billet.");
    } catch {
      setProblem("L'image n'a pas pu être lue : réessayez, ou tapez le code du billet.");
    }
  }

  return (
    <div className="door-scanner">
      <div className="button-row">
        <button type="button" className="button" onClick={() => setScanning((on) => !on)} aria-pressed={scanning}>
          {scanning ? "Arrêter la caméra" : "Scanner avec la caméra"}
        </button>
        <label className="button button--secondary door-scanner__photo">
          Lire une photo du billet
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            onChange={(event) => {
              void readPhoto(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
        </label>
      </div>
      {scanning && <video ref={video} className="door-scanner__video" muted playsInline aria-label="Image de la caméra" />}
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
