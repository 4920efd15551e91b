/**
 * The Web Worker runner (bundle only: `new URL(..., import.meta.url)` is webpack's worker syntax).
 * Falls back to the inline runner where workers are unavailable.
 */
import { inlineRunner, type CoreResult } from "./coreRun";
import type { CoreRunner } from "./host";

export function workerRunner(): CoreRunner {
  if (typeof Worker === "undefined") return inlineRunner();
  let worker: Worker;
  try {
    worker = new Worker(new URL("./core.worker.ts", import.meta.url));
  } catch {
    return inlineRunner();
  }
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: CoreResult) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; result?: CoreResult; error?: string }>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    if (event.data.result) entry.resolve(event.data.result);
    else entry.reject(new Error(event.data.error ?? "The check stopped unexpectedly."));
  };
  worker.onerror = (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message || "The check stopped unexpectedly."));
    pending.clear();
  };
  return {
    run(request) {
      const id = nextId++;
      return new Promise<CoreResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, request });
      });
    },
    dispose: () => worker.terminate(),
  };
}
