/** Generate tab: call sheets for chosen days, DOOD, Priorities, Cost Report; Clear with a confirmation. */
import { useEffect, useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Coordinator } from "../useCoordinator";
import { defaultShootDay, localIsoDate } from "../logic/shootDays";
import { dayOfShoot } from "../../core/shoot-day";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: "10px", minWidth: "0" },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "4px 8px 8px",
    margin: "0",
    minWidth: "0",
  },
  days: { maxHeight: "220px", overflowY: "auto", display: "flex", flexDirection: "column" },
  row: { display: "flex", columnGap: "8px", flexWrap: "wrap" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px" },
});

export function GeneratePanel({ pane, today = localIsoDate(new Date()) }: { pane: Coordinator; today?: string }) {
  const styles = useStyles();
  const callSheets = useMemo(() => pane.result?.report.callSheets ?? [], [pane.result]);
  const days = useMemo(() => callSheets.map((c) => c.date), [callSheets]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [sheets, setSheets] = useState({ conflicts: true, dood: true, priorities: true, costReport: true });
  const [confirming, setConfirming] = useState(false);

  // Offer the next shoot day by default once the days are known, and keep choices that still exist.
  const dayKey = days.join(",");
  useEffect(() => {
    setChosen((prev) => {
      const kept = prev.filter((d) => days.includes(d));
      if (kept.length > 0) return kept;
      const first = defaultShootDay(days, today);
      return first ? [first] : [];
    });
  }, [dayKey, today]);

  // A call sheet goes out to everyone: say when the days it covers still have errors (a double booking, a rest break).
  const conflicts = pane.result?.report.conflicts;
  const openErrors = useMemo(
    () => (conflicts ?? []).filter((c) => c.severity === "error" && c.date && chosen.includes(c.date)).length,
    [conflicts, chosen],
  );

  const toggleDay = (date: string, on: boolean) =>
    setChosen((prev) => (on ? [...prev.filter((d) => d !== date), date].sort() : prev.filter((d) => d !== date)));
  const allOn = days.length > 0 && chosen.length === days.length;
  const nothing = chosen.length === 0 && !sheets.conflicts && !sheets.dood && !sheets.priorities && !sheets.costReport;

  return (
    <section className={styles.panel} aria-label="Generate">
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Call sheets</legend>
        {days.length === 0 ? (
          <Text>No shoot days found yet.</Text>
        ) : (
          <>
            <Checkbox
              label="All shoot days"
              checked={allOn ? true : chosen.length > 0 ? "mixed" : false}
              onChange={(_, d) => setChosen(d.checked === true ? [...days] : [])}
            />
            <div className={styles.days}>
              {callSheets.map((c) => (
                <Checkbox
                  key={c.date}
                  label={`${dayOfShoot(c)} · ${c.date}${c.date === today ? " (today)" : ""}`}
                  checked={chosen.includes(c.date)}
                  onChange={(_, d) => toggleDay(c.date, d.checked === true)}
                />
              ))}
            </div>
          </>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Reports</legend>
        <Text size={200}>
          The sheets written before are written again with them, so they follow the schedule; Clear removes them all.
        </Text>
        <Checkbox
          label="Day out of days (DOOD)"
          checked={sheets.dood}
          onChange={(_, d) => setSheets({ ...sheets, dood: d.checked === true })}
        />
        <Checkbox
          label="Priorities"
          checked={sheets.priorities}
          onChange={(_, d) => setSheets({ ...sheets, priorities: d.checked === true })}
        />
        <Checkbox
          label="Cost Report"
          checked={sheets.costReport}
          onChange={(_, d) => setSheets({ ...sheets, costReport: d.checked === true })}
        />
        <Checkbox
          label="Conflicts"
          checked={sheets.conflicts}
          onChange={(_, d) => setSheets({ ...sheets, conflicts: d.checked === true })}
        />
      </fieldset>
      {openErrors > 0 && (
        <MessageBar intent="warning" data-open-errors>
          <MessageBarBody>
            {openErrors === 1 ? "1 error is" : `${openErrors} errors are`} still open on the chosen{" "}
            {chosen.length === 1 ? "day" : "days"}: the call sheets print the schedule as it stands.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!!pane.busy || nothing}
          onClick={() => void pane.generate({ callSheets: chosen, ...sheets })}
        >
          Generate
        </Button>
        <Button disabled={!!pane.busy} onClick={() => setConfirming(true)}>
          Clear…
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface aria-describedby="clear-text">
          <DialogBody>
            <DialogTitle>Clear what the add-in wrote?</DialogTitle>
            <DialogContent id="clear-text">
              Remove the highlights alone, or the highlights and the generated sheets (Conflicts, Priorities, DOOD, Cost
              Report and call sheets). Your own cells, fills and sheets are never touched.
            </DialogContent>
            <DialogActions fluid>
              <Button
                onClick={() => {
                  setConfirming(false);
                  void pane.clear({ sheets: false });
                }}
              >
                Highlights only
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void pane.clear();
                }}
              >
                Remove highlights and sheets
              </Button>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
