/** Check tab: the one primary action, a spoken summary, and the findings. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Coordinator } from "../useCoordinator";
import { countFindings, typeLabel } from "../logic/findings";
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

export function CheckPanel({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const report = pane.result?.report;
  const counts = report ? countFindings(report) : undefined;
  const saved = pane.result?.settings.highlightColors;
  const colors = { error: saved?.error || DEFAULT_COLORS.error, warning: saved?.warning || DEFAULT_COLORS.warning };
  return (
    <section className={styles.panel} aria-label="Check">
      <Button appearance="primary" onClick={() => void pane.checkSchedule()} disabled={!!pane.busy}>
        Check schedule
      </Button>
      <div className={styles.summary} aria-live="polite" aria-atomic="true" role="status">
        {!report || !counts ? (
          <Text>Not checked yet.</Text>
        ) : (
          <>
            <div className={styles.counts}>
              <span className={styles.error}>{counts.errors} errors</span>
              <span className={styles.warning}>{counts.warnings} warnings</span>
              <span>{counts.dataIssues} data issues</span>
            </div>
            <Text className={styles.detail}>
              {report.summary.items} items, {report.summary.resources} resources
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
