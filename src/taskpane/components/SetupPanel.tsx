/**
 * Setup tab: the tables found, their role and column mapping; a role or any column can be fixed, and the
 * choice is saved in the workbook.
 */
import { useId, useState, type KeyboardEvent } from "react";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Role, TableInfo } from "../../core/model";
import type { SavedTableMapping } from "../../core/snapshot";
import { ROLE_DEF, headerKey } from "../../core/parse/headers";
import type { Coordinator } from "../useCoordinator";
import { placePrefix } from "../logic/findings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: "10px", minWidth: "0" },
  card: {
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    minWidth: "0",
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  columns: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  dropdown: { minWidth: "0", width: "100%" },
  toggle: { alignSelf: "flex-start", maxWidth: "100%", minWidth: "0" },
  columnList: { display: "flex", flexDirection: "column", rowGap: "4px", minWidth: "0" },
  select: { minWidth: "0", width: "100%" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const NO_COLUMN = "";

export const ROLE_LABELS: Record<string, string> = {
  schedule: "Schedule",
  resources: "Resources (cast, crew, equipment)",
  availability: "Availability",
  materials: "Materials / deliveries",
  locations: "Locations",
  travel: "Travel times",
  budget: "Budget",
  rules: "Rules",
  production: "Production header",
  ignore: "Ignore this table",
};

const SOURCE_LABELS: Record<TableInfo["roleSource"], string> = {
  saved: "your choice",
  name: "recognised by its name",
  headers: "recognised by its headers",
  none: "not recognised: choose",
};

/** The settings key for a table: its Excel table name, else its sheet name (plain range). */
export function mappingKey(t: Pick<TableInfo, "sheet" | "table">): string {
  return t.table ?? t.sheet;
}

export { placePrefix };

/** A saved mapping by key: exact first, then case-insensitively (as the parser looks it up). */
export function savedMappingOf(
  mappings: Record<string, SavedTableMapping> | undefined,
  key: string,
): SavedTableMapping | undefined {
  if (!mappings) return undefined;
  return mappings[key] ?? Object.entries(mappings).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
}

/** The table's header texts the user can pick from: the mapped ones, then the unused ones, each once. */
export function headerChoices(t: Pick<TableInfo, "columns" | "unknownColumns">): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of [...Object.values(t.columns), ...t.unknownColumns]) {
    if (!h.trim() || seen.has(h)) continue;
    seen.add(h);
    out.push(h);
  }
  return out;
}

/**
 * The saved column overrides after pointing `canonical` at `header`. "" is "(none)": when the column is
 * matched now (`current`, by name or by a saved choice) it saves "" so no header feeds it, not even one
 * named like it; otherwise it just drops a saved choice. A header feeds one column only, so an earlier
 * choice of the same header for another column is dropped.
 */
export function nextColumnOverrides(
  saved: Record<string, string> | undefined,
  canonical: string,
  header: string,
  current = "",
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [c, h] of Object.entries(saved ?? {})) {
    if (c === canonical || (header && h && headerKey(h) === headerKey(header))) continue;
    next[c] = h;
  }
  if (header || current) next[canonical] = header;
  return next;
}

/** Keys a closed list leaves alone: moving on, and opening it (the browser's own keys for that). */
const PASSING_KEYS = new Set(["Tab", "Enter", " ", "F4", "Shift", "Control", "Alt", "Meta", "Escape"]);

/**
 * A choice is saved as it is made, so a closed list takes no key that would pick another header (arrows, Home, End,
 * Page keys, a letter typed to find one): in Windows' lists one arrow press saved the next header over a column (g43),
 * a typed "d" mapped Date to Duration (g45). Those keys open the list instead, where the browser supports it; the
 * choice is then made in the open list, with Enter or a click.
 */
function openInsteadOfStepping(e: KeyboardEvent<HTMLSelectElement>): void {
  if (PASSING_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  const list = e.currentTarget as HTMLSelectElement & { showPicker?: () => void };
  try {
    list.showPicker?.();
  } catch {
    // Not allowed here (no user activation): the key does nothing rather than save a header.
  }
}

function ColumnMapping({ pane, table, role }: { pane: Coordinator; table: TableInfo; role: Role }) {
  const styles = useStyles();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const key = mappingKey(table);
  const saved = savedMappingOf(pane.result?.settings.mappings, key);
  const def = ROLE_DEF[role];
  const required = new Set(def.required.flat());
  const headers = headerChoices(table);
  const matched = def.columns.filter((c) => table.columns[c.name] !== undefined).length;

  const choose = (canonical: string, header: string) => {
    const current = table.columns[canonical] ?? NO_COLUMN;
    if (header === current) return;
    void pane.saveColumns(key, saved?.role ?? role, nextColumnOverrides(saved?.columns, canonical, header, current));
  };

  return (
    <>
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {open ? "Hide columns" : `Match columns (${matched} of ${def.columns.length} found)`}
      </Button>
      {open && (
        <div id={listId} className={styles.columnList} role="group" aria-label={`Columns of ${key}`}>
          {def.columns.map((c) => {
            const current = table.columns[c.name] ?? NO_COLUMN;
            const options = current && !headers.includes(current) ? [current, ...headers] : headers;
            const savedChoice = saved?.columns?.[c.name];
            const status = savedChoice === undefined ? "" : savedChoice === "" ? " · switched off" : " · saved";
            return (
              <Field
                key={c.name}
                orientation="horizontal"
                size="small"
                label={`${c.name}${required.has(c.name) ? " (required)" : ""}${status}`}
              >
                <Select
                  className={styles.select}
                  size="small"
                  value={current}
                  onKeyDown={openInsteadOfStepping}
                  onChange={(_, d) => choose(c.name, d.value)}
                >
                  <option value={NO_COLUMN}>(none)</option>
                  {options.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          <Text className={styles.hint}>
            (none) switches a column off: no header feeds it, not even one named like it (e.g. “{def.columns[0].name}”).
            Choose a header again to switch it back on.
          </Text>
        </div>
      )}
    </>
  );
}

export function SetupPanel({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const result = pane.result;
  if (!result) {
    return (
      <section className={styles.panel} aria-label="Setup">
        <Text>
          {pane.busy
            ? "Reading the workbook…"
            : pane.error
              ? "The workbook could not be read (see above)."
              : "The workbook has not been read yet."}
        </Text>
        <Button onClick={() => void pane.refresh()} disabledFocusable={!!pane.busy}>
          Read the workbook again
        </Button>
      </section>
    );
  }
  const missing = result.report.dataIssues.filter((d) => d.code === "missing-column" || d.code === "missing-table");
  const saved = result.settings.mappings ?? {};
  // A table set to Ignore is left out of what is read, so it has no card: it is listed here to be read again.
  const ignored = Object.entries(saved)
    .filter(([, m]) => m.role === "ignore")
    .map(([key]) => key);
  return (
    <section className={styles.panel} aria-label="Setup">
      {ignored.map((key) => (
        <div key={`ignored:${key}`} className={styles.card} data-ignored>
          <Text className={styles.name}>{key} · ignored (your choice)</Text>
          <Button
            className={styles.toggle}
            size="small"
            disabledFocusable={!!pane.busy}
            onClick={() => void pane.forgetMapping(key)}
          >
            Read this table again
          </Button>
        </div>
      ))}
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>To add:</strong>
            <ul>
              {missing.map((d, i) => (
                <li key={i}>
                  {placePrefix(d)}
                  {d.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.tables.length === 0 && <Text>No tables found. Add a sheet named Schedule with a header row.</Text>}
      {result.tables.map((t) => {
        const key = mappingKey(t);
        const role = saved[key]?.role ?? t.role ?? "";
        const mapped = Object.entries(t.columns);
        return (
          <div key={`${t.sheet}!${t.table ?? ""}`} className={styles.card}>
            <Text className={styles.name}>
              {t.table && t.table !== t.sheet ? `Table ${t.table} on sheet ${t.sheet}` : `Sheet ${t.sheet}`} · headers{" "}
              {t.headerAddress} · {t.rows} rows
            </Text>
            <Field label={`Read as (${SOURCE_LABELS[t.roleSource]})`}>
              <Dropdown
                className={styles.dropdown}
                value={ROLE_LABELS[role] ?? "Choose a role"}
                selectedOptions={role ? [role] : []}
                onOptionSelect={(_, d) => d.optionValue && void pane.saveMapping(key, d.optionValue)}
              >
                {Object.entries(ROLE_LABELS).map(([value, label]) => (
                  <Option key={value} value={value}>
                    {label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {mapped.length > 0 && (
              <Text className={styles.columns}>
                Columns:{" "}
                {mapped
                  .map(([canonical, header]) => (canonical === header ? canonical : `${canonical} ← “${header}”`))
                  .join(", ")}
              </Text>
            )}
            {t.unknownColumns.length > 0 && (
              <Text className={styles.columns}>Not used: {t.unknownColumns.join(", ")}</Text>
            )}
            {/* A production header is usually Field | Value rows, where columns mean nothing. */}
            {t.role && t.role !== "production" && ROLE_DEF[t.role] && (
              <ColumnMapping pane={pane} table={t} role={t.role} />
            )}
          </div>
        );
      })}
    </section>
  );
}
