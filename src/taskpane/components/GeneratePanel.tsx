/** Generate tab: call sheets for chosen days, DOOD, Priorities, Cost Report; Clear with a confirmation. */
import { useEffect, useMemo, useState, useRef } from "react";
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

/** Said of a sheet the workbook holds already. */
const IN_WORKBOOK = " · in the workbook";

export function GeneratePanel({ pane, today = localIsoDate(new Date()) }: { pane: Coordinator; today?: string }) {
  const styles = useStyles();
  const callSheets = useMemo(() => pane.result?.report.callSheets ?? [], [pane.result]);
  const days = useMemo(() => callSheets.map((c) => c.date), [callSheets]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [sheets, setSheets] = useState({ conflicts: true, dood: true, priorities: true, costReport: true });
  const [confirming, setConfirming] = useState(false);
  // Closing the dialog gives the keyboard back to Clear…, whichever way it closed (it lost it to the page).
  const clearButton = useRef<HTMLButtonElement>(null);
  const closeDialog = () => {
    setConfirming(false);
    setTimeout(() => clearButton.current?.focus(), 0);
  };

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

  // The sheets already in the workbook are written again on every run (a Check too): shown ticked, not to be unticked.
  const present = useMemo(
    () => new Set((pane.result?.generated ?? []).map((n) => n.toLowerCase())),
    [pane.result?.generated],
  );
  const sheetNames = pane.result?.sheetNames;
  // The check names every sheet it would write (sheetNames by key, a call sheet's on its model).
  const inWorkbook = (key: string) => present.has(sheetNames?.[key]?.toLowerCase() ?? "");
  const daysInWorkbook = useMemo(
    () => new Set(callSheets.filter((c) => present.has(c.sheet.toLowerCase())).map((c) => c.date)),
    [callSheets, present],
  );
  const dayInWorkbook = (date: string) => daysInWorkbook.has(date);
  const written = days.filter((d) => chosen.includes(d) || dayInWorkbook(d));

  // A call sheet goes out to everyone: say when the days it covers still have errors (a double booking, a rest break).
  const conflicts = pane.result?.report.conflicts;
  const openErrors = useMemo(
    () => (conflicts ?? []).filter((c) => c.severity === "error" && c.date && written.includes(c.date)).length,
    [conflicts, written.join(",")],
  );

  const toggleDay = (date: string, on: boolean) =>
    setChosen((prev) => (on ? [...prev.filter((d) => d !== date), date].sort() : prev.filter((d) => d !== date)));
  const allOn = days.length > 0 && written.length === days.length;
  const nothing =
    chosen.length === 0 &&
    present.size === 0 &&
    !sheets.conflicts &&
    !sheets.dood &&
    !sheets.priorities &&
    !sheets.costReport;
  const reports: { key: string; field: keyof typeof sheets; label: string }[] = [
    { key: "dood", field: "dood", label: "Day out of days (DOOD)" },
    { key: "priorities", field: "priorities", label: "Priorities" },
    { key: "cost-report", field: "costReport", label: "Cost Report" },
    { key: "conflicts", field: "conflicts", label: "Conflicts" },
  ];

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
              checked={allOn ? true : written.length > 0 ? "mixed" : false}
              onChange={(_, d) => setChosen(d.checked === true ? [...days] : [])}
            />
            <div className={styles.days}>
              {callSheets.map((c) => (
                <Checkbox
                  key={c.date}
                  label={`${dayOfShoot(c)} · ${c.date}${c.date === today ? " (today)" : ""}${dayInWorkbook(c.date) ? IN_WORKBOOK : ""}`}
                  checked={chosen.includes(c.date) || dayInWorkbook(c.date)}
                  disabled={dayInWorkbook(c.date)}
                  onChange={(_, d) => toggleDay(c.date, d.checked === true)}
                />
              ))}
            </div>
          </>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Reports</legend>
        <Text size={200} block>
          Sheets already in the workbook are written again on every run (Check too), so they follow the schedule; Clear
          removes them.
        </Text>
        {reports.map((r) => (
          <Checkbox
            key={r.key}
            label={`${r.label}${inWorkbook(r.key) ? IN_WORKBOOK : ""}`}
            checked={sheets[r.field] || inWorkbook(r.key)}
            disabled={inWorkbook(r.key)}
            onChange={(_, d) => setSheets({ ...sheets, [r.field]: d.checked === true })}
          />
        ))}
      </fieldset>
      {openErrors > 0 && (
        <MessageBar intent="warning" data-open-errors>
          <MessageBarBody>
            {openErrors === 1 ? "1 error is" : `${openErrors} errors are`} still open on the{" "}
            {written.length === 1
              ? "day this call sheet covers: it prints"
              : "days these call sheets cover: they print"}{" "}
            the schedule as it stands.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={nothing}
          disabledFocusable={!!pane.busy}
          onClick={() => void pane.generate({ callSheets: chosen, ...sheets })}
        >
          Generate
        </Button>
        <Button ref={clearButton} disabledFocusable={!!pane.busy} onClick={() => setConfirming(true)}>
          Clear…
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(_, d) => (d.open ? setConfirming(true) : closeDialog())}>
        <DialogSurface aria-describedby="clear-text">
          <DialogBody>
            <DialogTitle>Clear what the add-in wrote?</DialogTitle>
            <DialogContent id="clear-text">
              Remove the highlights alone, or the highlights and the generated sheets (Conflicts, Priorities, DOOD, Cost
              Report and call sheets), with anything typed into them: copy a sheet first to keep it. Your own sheets,
              cells and fills are never touched.
            </DialogContent>
            <DialogActions fluid>
              <Button
                appearance="primary"
                onClick={() => {
                  closeDialog();
                  void pane.clear({ sheets: false });
                }}
              >
                Highlights only
              </Button>
              <Button
                onClick={() => {
                  closeDialog();
                  void pane.clear();
                }}
              >
                Remove highlights and sheets
              </Button>
              <Button onClick={closeDialog}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
