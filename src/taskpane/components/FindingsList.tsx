/** The findings: grouped (type / day / person), filtered by severity, searched; click selects the cells. */
import { useMemo, useState } from "react";
import {
  Badge,
  Dropdown,
  Field,
  Option,
  SearchBox,
  Text,
  makeStyles,
  tokens,
  mergeClasses,
} from "@fluentui/react-components";
import type { Report } from "../../core/report";
import { dayNamesByDate } from "../../core/shoot-day";
import {
  counted,
  filterFindings,
  groupFindings,
  mergeSameProblem,
  personLabel,
  toFindings,
  type Finding,
  type GroupBy,
  type ItemInfo,
  type SelectCells,
  type SeverityFilter,
} from "../logic/findings";

const useStyles = makeStyles({
  controls: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: "8px", rowGap: "6px", minWidth: "0" },
  search: { gridColumn: "1 / span 2", minWidth: "0" },
  dropdown: { minWidth: "0", width: "100%" },
  group: { margin: "10px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", rowGap: "4px" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: "6px 8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  noTarget: { cursor: "default" },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  data: { borderLeftColor: tokens.colorNeutralStroke1 },
  meta: { display: "flex", columnGap: "6px", alignItems: "center", flexWrap: "wrap", marginBottom: "2px" },
  suggestion: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    marginTop: "2px",
  },
  also: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginTop: "2px" },
  empty: { color: tokens.colorNeutralForeground3 },
  // A count apart from the label: a person's label ends in their ID in brackets already.
  count: {
    marginLeft: "4px",
    padding: "0 6px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
});

const GROUP_LABELS: Record<GroupBy, string> = { type: "Type", day: "Day", person: "Person" };
const SEVERITY_LABELS: Record<SeverityFilter, string> = {
  all: "All",
  error: "Errors",
  warning: "Warnings",
  data: "Data issues",
};
const BADGE: Record<Finding["severity"], { color: "danger" | "warning" | "informative"; text: string }> = {
  error: { color: "danger", text: "Error" },
  warning: { color: "warning", text: "Warning" },
  data: { color: "informative", text: "Data" },
};
/** Rows rendered at once; long lists say how many more match. */
const MAX_ROWS = 300;

export interface FindingsListProps {
  report: Pick<Report, "conflicts" | "dataIssues"> & Partial<Pick<Report, "callSheets">>;
  names: Record<string, string>;
  /** Scene and Date of each item the findings name. */
  items?: Record<string, ItemInfo>;
  onSelect: SelectCells;
}

export function FindingsList({ report, names, items, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const [groupBy, setGroupBy] = useState<GroupBy>("type");
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [search, setSearch] = useState("");
  const dayNames = useMemo(() => dayNamesByDate(report.callSheets ?? []), [report]);
  const all = useMemo(() => toFindings(report, items, dayNames), [report, items, dayNames]);
  const shown = useMemo(() => filterFindings(all, severity, search), [all, severity, search]);
  // By type or day, one card per problem (the people it names listed on it); by person, each person's own.
  const cards = useMemo(() => (groupBy === "person" ? shown : mergeSameProblem(shown)), [shown, groupBy]);
  const groups = useMemo(
    () => groupFindings(cards.slice(0, MAX_ROWS), groupBy, names, dayNames),
    [cards, groupBy, names, dayNames],
  );

  return (
    <div>
      <div className={styles.controls}>
        <Field label="Group by">
          <Dropdown
            className={styles.dropdown}
            value={GROUP_LABELS[groupBy]}
            selectedOptions={[groupBy]}
            onOptionSelect={(_, d) => setGroupBy(d.optionValue as GroupBy)}
          >
            {(Object.keys(GROUP_LABELS) as GroupBy[]).map((g) => (
              <Option key={g} value={g}>
                {GROUP_LABELS[g]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Show">
          <Dropdown
            className={styles.dropdown}
            value={SEVERITY_LABELS[severity]}
            selectedOptions={[severity]}
            onOptionSelect={(_, d) => setSeverity(d.optionValue as SeverityFilter)}
          >
            {(Object.keys(SEVERITY_LABELS) as SeverityFilter[]).map((s) => (
              <Option key={s} value={s}>
                {SEVERITY_LABELS[s]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Search findings" className={styles.search}>
          <SearchBox value={search} onChange={(_, d) => setSearch(d.value)} placeholder="Name, scene, date…" />
        </Field>
      </div>
      <Text className={styles.empty} aria-live="polite" size={200}>
        {shown.length === all.length
          ? counted(all.length, "finding")
          : `${shown.length} of ${counted(all.length, "finding")}`}
        {cards.length > MAX_ROWS ? ` (first ${MAX_ROWS} shown; narrow the search)` : ""}
      </Text>
      {groups.map((g) => {
        // Findings, not cards: a card of one problem counts each person it names.
        const count = g.findings.reduce((n, f) => n + 1 + (f.also?.length ?? 0), 0);
        return (
          <section key={g.key} aria-label={`${g.label}, ${count}`}>
            <h2 className={styles.group}>
              {g.label} <span className={styles.count}>{count}</span>
            </h2>
            <ul className={styles.list}>
              {g.findings.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className={mergeClasses(styles.item, styles[f.severity], !f.target && styles.noTarget)}
                    onClick={() => f.target && onSelect(f.target.sheet, f.target.address)}
                    aria-disabled={!f.target}
                    title={f.target ? `Select ${f.target.sheet}!${f.target.address}` : undefined}
                    data-finding={f.id}
                  >
                    <span className={styles.meta}>
                      <Badge size="small" appearance="tint" color={BADGE[f.severity].color}>
                        {BADGE[f.severity].text}
                      </Badge>
                      {f.date && <Text size={200}>{f.date}</Text>}
                      {f.where && <Text size={200}>{f.where}</Text>}
                    </span>
                    <span>{f.message}</span>
                    {f.also && (
                      <span className={styles.also} data-also>
                        {`The same for ${f.also.length} more: ${f.also.map((r) => personLabel(r, names)).join(", ")}`}
                      </span>
                    )}
                    {f.suggestion && <span className={styles.suggestion}>{f.suggestion}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
