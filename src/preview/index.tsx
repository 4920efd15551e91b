/**
 * Preview page: the real pane over the simulated Excel, loaded with the sample production, beside a
 * read-only view of the workbook so a person (or the e2e test) sees highlights and generated sheets.
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/components/App";
import { createExcelHost } from "../taskpane/excelHost";
import { observed } from "./observedHost";
import { workerRunner } from "../taskpane/workerRunner";
import { installGlobal } from "../../test/sim-excel";
import { sampleSheets } from "../../scripts/sample-data";
import { simFromSample } from "./sampleWorkbook";
import { WorkbookView } from "./WorkbookView";

const sim = simFromSample(sampleSheets());
installGlobal(sim);

function Preview() {
  const [version, setVersion] = useState(0);
  const [host] = useState(() => observed(createExcelHost(), () => setVersion((v) => v + 1)));
  const [runner] = useState(() => workerRunner());
  // The grid mounts after the pane's first paint, so the pane is usable sooner.
  const [showGrid, setShowGrid] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setShowGrid(true), 0);
    return () => clearTimeout(id);
  }, []);
  // ?pane=only renders the pane alone at the window's width (narrow-width checks, screenshots).
  if (new URLSearchParams(location.search).get("pane") === "only") return <App host={host} runner={runner} />;
  return (
    <div className="preview">
      <aside className="preview-pane" aria-label="Task pane">
        <App host={host} runner={runner} />
      </aside>
      <section className="preview-workbook" aria-label="Simulated workbook (read-only)">
        <h2 className="preview-title">Workbook (simulated Excel, read-only)</h2>
        {showGrid && <WorkbookView state={sim.state} version={version} />}
      </section>
    </div>
  );
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(<Preview />);
  (window as unknown as { previewMounted: number }).previewMounted = performance.now();
}
