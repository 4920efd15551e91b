/** Check tab: the one primary action, a spoken summary, and the findings. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Coordinator } from "../useCoordinator";
import { countFindings, counted, typeLabel } from "../logic/findings";
import { FindingsList } from "./FindingsList";
import { DEFAULT_COLORS } from "../../core/writeplan/highlights";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: "10px", minWidth: "0" },
  summary: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  counts: { display: "flex", columnGap: "12px", flexWrap: "wrap", fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "3px",
    borderRadius: "2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "baseline",
  },
});

/** "14:05", the pane's local time. */
function clockText(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

export function CheckPanel({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const report = pane.result?.report;
  const counts = report ? countFindings(report) : undefined;
  const saved = pane.result?.settings.highlightColors;
  const colors = { error: saved?.error || DEFAULT_COLORS.error, warning: saved?.warning || DEFAULT_COLORS.warning };
  return (
    <section className={styles.panel} aria-label="Check">
      {/* Focusable while busy, so the keyboard's place is kept through the run. */}
      <Button appearance="primary" onClick={() => void pane.checkSchedule()} disabledFocusable={!!pane.busy}>
        Check schedule
      </Button>
      <div className={styles.summary} aria-live="polite" aria-atomic="true" role="status">
        {!report || !counts ? (
          <Text>Not checked yet.</Text>
        ) : (
          <>
            <div className={styles.counts}>
              <span className={styles.error}>{counted(counts.errors, "error")}</span>
              <span className={styles.warning}>{counted(counts.warnings, "warning")}</span>
              <span>{counted(counts.dataIssues, "data issue")}</span>
            </div>
            {pane.stale && (
              <Text className={styles.detail} data-stale>
                The last check did not run: these findings are from the one before
                {pane.checkedAt ? `, at ${clockText(pane.checkedAt)}` : ""}.
              </Text>
            )}
            <Text className={styles.detail}>
              {counted(report.summary.items, "item")}, {counted(report.summary.resources, "resource")}
              {pane.checkedAt && !pane.stale ? ` · checked at ${clockText(pane.checkedAt)}` : ""}
              {counts.conflictsByType.length > 0 &&
                " · " + counts.conflictsByType.map((c) => `${typeLabel(c.type)}: ${c.count}`).join(", ")}
            </Text>
            {report.conflicts.length > 0 && (
              <Text className={styles.detail} data-legend>
                Check schedule fills the cells to blame:{" "}
                <span className={styles.swatch} style={{ backgroundColor: colors.error }} aria-hidden />
                errors, <span className={styles.swatch} style={{ backgroundColor: colors.warning }} aria-hidden />
                warnings. Clear (Generate tab) removes them.
              </Text>
            )}
            {counts.issuesByCode.length > 0 && (
              <Text className={styles.detail}>
                Data issues: {counts.issuesByCode.map((c) => `${c.code.replace(/-/g, " ")}: ${c.count}`).join(", ")}
              </Text>
            )}
          </>
        )}
      </div>
      {report && (
        <FindingsList
          report={report}
          names={pane.result?.people ?? {}}
          items={pane.result?.items}
          onSelect={(s, a) => void pane.select(s, a)}
        />
      )}
    </section>
  );
}
