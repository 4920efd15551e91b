/** Web Worker: runs the core so a big schedule never freezes the pane. */
import { runCore, type CoreRequest } from "./coreRun";

interface WorkerMessage {
  id: number;
  request: CoreRequest;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, result: runCore(request) });
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
};
