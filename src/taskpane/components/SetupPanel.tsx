/** Setup tab: the tables found, their role and column mapping; a role can be fixed and saved in the workbook. */
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TableInfo } from "../../core/model";
import type { Coordinator } from "../useCoordinator";

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
});

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
  saved: "saved by you",
  name: "from its name",
  headers: "from its headers",
  none: "not recognised",
};

/** The settings key for a table: its Excel table name, else its sheet name (plain range). */
export function mappingKey(t: Pick<TableInfo, "sheet" | "table">): string {
  return t.table ?? t.sheet;
}

export function SetupPanel({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const result = pane.result;
  if (!result) {
    return (
      <section className={styles.panel} aria-label="Setup">
        <Text>Reading the workbook…</Text>
        <Button onClick={() => void pane.refresh()} disabled={!!pane.busy}>
          Read the workbook again
        </Button>
      </section>
    );
  }
  const missing = result.report.dataIssues.filter((d) => d.code === "missing-column" || d.code === "missing-table");
  const saved = result.settings.mappings ?? {};
  return (
    <section className={styles.panel} aria-label="Setup">
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>To add:</strong>
            <ul>
              {missing.map((d, i) => (
                <li key={i}>
                  {d.cell ? `${d.sheet}!${d.cell}: ` : `${d.sheet}: `}
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
              {t.table ? `${t.table} on ${t.sheet}` : t.sheet} · {t.headerAddress} · {t.rows} rows
            </Text>
            <Field label={`Role of ${key} (${SOURCE_LABELS[t.roleSource]})`}>
              <Dropdown
                className={styles.dropdown}
                value={ROLE_LABELS[role] ?? "Choose a role"}
                selectedOptions={role ? [role] : []}
                disabled={!!pane.busy}
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
                Columns: {mapped.map(([canonical, header]) => (canonical === header ? canonical : `${canonical} ← “${header}”`)).join(", ")}
              </Text>
            )}
            {t.unknownColumns.length > 0 && (
              <Text className={styles.columns}>Not used: {t.unknownColumns.join(", ")}</Text>
            )}
          </div>
        );
      })}
    </section>
  );
}
