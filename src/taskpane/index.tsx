/** Task-pane entry: wait for Office, then render the pane over real Excel with the core in a worker. */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { createExcelHost } from "./excelHost";
import { workerRunner } from "./workerRunner";

function mount(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App host={createExcelHost()} runner={workerRunner()} />);
}

Office.onReady(() => mount());
