/**
 * Import tab: read a Universal Schedule Standard file (.uss, JSON), choose its stripboard, preview what
 * it holds, and write its tables into new sheets of this workbook (never over existing ones).
 */
import { useId, useMemo, useState, type ChangeEvent } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { importUss, type UssImportResult, type UssSheet } from "../../core/uss";
import type { Coordinator } from "../useCoordinator";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: "10px", minWidth: "0" },
  file: { display: "flex", flexDirection: "column", rowGap: "4px", minWidth: "0" },
  label: { fontWeight: tokens.fontWeightSemibold },
  input: { maxWidth: "100%", minWidth: "0", fontSize: tokens.fontSizeBase200 },
  select: { minWidth: "0", width: "100%" },
  preview: { overflowWrap: "anywhere" },
  messages: {
    margin: "0",
    paddingLeft: "18px",
    maxHeight: "160px",
    overflowY: "auto",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

export interface BoardChoice {
  /** What importUss's `board` option takes: the stripboard's id, else its name. */
  value: string;
  label: string;
  strips: number;
}

export interface ImportSummary {
  strips: number;
  shootDays: number;
  firstDate?: string;
  lastDate?: string;
  cast: number;
}

/** Parse the file's text; a failure names the file and says why. */
export function parseUssText(fileName: string, text: string): { doc: unknown } | { error: string } {
  try {
    return { doc: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { error: `${fileName} is not a USS file: it is not valid JSON (${why}).` };
  }
}

function textOf(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function sheetNamed(result: UssImportResult, name: string): UssSheet | undefined {
  return result.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Counts for the preview line, read from the imported tables (so it shows exactly what would be written). */
export function summarizeImport(result: UssImportResult): ImportSummary {
  const schedule = sheetNamed(result, "Schedule") ?? result.sheets[0];
  const header = (schedule?.rows[0] ?? []).map((h) => String(h ?? "").toLowerCase());
  const data = (schedule?.rows.slice(1) ?? []).filter((r) => r.some((v) => v !== null && v !== ""));
  const dateAt = header.indexOf("date");
  const dayAt = header.indexOf("shoot day");
  const dates = dateAt < 0 ? [] : data.map((r) => r[dateAt]).filter((d): d is string => typeof d === "string" && !!d);
  const days = dayAt >= 0 ? data.map((r) => r[dayAt]).filter((d) => d !== null && d !== "") : dates;
  const sorted = [...dates].sort();
  const cast = sheetNamed(result, "Cast");
  return {
    strips: data.length,
    shootDays: new Set(days.map(String)).size,
    ...(sorted.length ? { firstDate: sorted[0], lastDate: sorted[sorted.length - 1] } : {}),
    cast: cast ? cast.rows.slice(1).filter((r) => r.some((v) => v !== null && v !== "")).length : 0,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function previewLine(s: ImportSummary): string {
  const span = s.firstDate
    ? s.firstDate === s.lastDate
      ? `, ${s.firstDate}`
      : `, ${s.firstDate} – ${s.lastDate}`
    : "";
  return `${plural(s.strips, "strip")} over ${plural(s.shootDays, "shoot day")}${span}; ${plural(s.cast, "cast member")}.`;
}

/** The file's stripboards with their strip counts, in file order. */
export function listStripboards(doc: unknown): BoardChoice[] {
  const root =
    doc && typeof doc === "object" && !Array.isArray(doc)
      ? ((doc as Record<string, unknown>).universalScheduleStandard ?? doc)
      : undefined;
  const boards = root && typeof root === "object" ? (root as Record<string, unknown>).stripboards : undefined;
  if (!Array.isArray(boards)) return [];
  const out: BoardChoice[] = [];
  boards.forEach((b, i) => {
    if (!b || typeof b !== "object") return;
    const { id, name } = b as Record<string, unknown>;
    const value = textOf(id) ?? textOf(name);
    if (!value) return;
    const result = importUss(doc, { board: value });
    const strips = result.ok ? summarizeImport(result).strips : 0;
    out.push({ value, label: `${textOf(name) ?? `Stripboard ${i + 1}`} (${plural(strips, "strip")})`, strips });
  });
  return out;
}

/** The text of a chosen file (FileReader where Blob.text is missing). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file);
  });
}

interface LoadedFile {
  name: string;
  doc: unknown;
  boards: BoardChoice[];
}

export function ImportPanel({ pane, canWrite = true }: { pane: Coordinator; canWrite?: boolean }) {
  const styles = useStyles();
  const inputId = useId();
  const [file, setFile] = useState<LoadedFile>();
  const [fileError, setFileError] = useState<string>();
  const [board, setBoard] = useState<string>();
  // The file whose tables were written: writing them again would add a second copy of every sheet.
  const [writtenFrom, setWrittenFrom] = useState<LoadedFile>();

  const result = useMemo(() => (file ? importUss(file.doc, board ? { board } : {}) : undefined), [file, board]);
  const summary = useMemo(() => (result?.ok ? summarizeImport(result) : undefined), [result]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setFile(undefined);
    setFileError(undefined);
    setBoard(undefined);
    if (!chosen) return;
    let text: string;
    try {
      text = await readFileText(chosen);
    } catch (err) {
      setFileError(`${chosen.name} could not be read: ${err instanceof Error ? err.message : String(err)}.`);
      return;
    }
    const parsed = parseUssText(chosen.name, text);
    if ("error" in parsed) {
      setFileError(parsed.error);
      return;
    }
    const boards = listStripboards(parsed.doc);
    setFile({ name: chosen.name, doc: parsed.doc, boards });
    setBoard((boards.find((b) => b.strips > 0) ?? boards[0])?.value);
  };

  const schedules = [
    ...new Set((pane.result?.tables ?? []).filter((t) => t.role === "schedule").map((t) => t.table ?? t.sheet)),
  ];

  return (
    <section className={styles.panel} aria-label="Import">
      <Text>
        Import a schedule saved as a Universal Schedule Standard file. Its tables are added as new sheets; nothing in
        the workbook is changed.
      </Text>
      <div className={styles.file}>
        <label className={styles.label} htmlFor={inputId}>
          USS file (.uss or .json)
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          accept=".uss,.json,application/json"
          onChange={(e) => void onFile(e)}
          disabled={!!pane.busy}
        />
      </div>
      {fileError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{fileError}</MessageBarBody>
        </MessageBar>
      )}
      {file && file.boards.length > 0 && (
        <Field label="Stripboard">
          <Select className={styles.select} value={board ?? ""} onChange={(_, d) => setBoard(d.value)}>
            {file.boards.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {result && (
        <div role="status" aria-live="polite" className={styles.preview}>
          {summary && (
            <Text block weight="semibold">
              {previewLine(summary)}
            </Text>
          )}
          {result.ok && (
            <Text block size={200}>
              New sheets: {result.sheets.map((s) => s.name).join(", ")} (a name already in use gets “ (2)”).
            </Text>
          )}
          {!result.ok && (
            <Text block weight="semibold">
              Nothing to import from {file?.name}.
            </Text>
          )}
          {result.messages.length > 0 && (
            <ul className={styles.messages} aria-label="Import messages">
              {result.messages.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {file && (
        <Button
          appearance="primary"
          disabled={!result?.ok || !canWrite}
          disabledFocusable={!!pane.busy || writtenFrom === file}
          onClick={() =>
            result && void pane.importSheets(result.sheets).then((written) => written && setWrittenFrom(file))
          }
        >
          {writtenFrom === file ? "Tables written" : "Write tables"}
        </Button>
      )}
      {file && result?.ok && writtenFrom !== file && schedules.length > 0 && (
        <Text size={200} data-existing-schedule>
          This workbook already has a schedule ({schedules.join(", ")}): the imported strips will be checked together
          with it. To check them alone, import into a new workbook.
        </Text>
      )}
      {!canWrite && <Text size={200}>This version of Excel cannot add sheets from the add-in.</Text>}
    </section>
  );
}
