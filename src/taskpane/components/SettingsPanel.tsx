/** Settings tab: rule-set numbers, highlight colours, call-sheet header fields and DOOD rows, saved in the workbook. */
import { useEffect, useMemo, useState } from "react";
import { Button, Checkbox, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_COLORS } from "../../core/writeplan/highlights";
import type { ResourceType } from "../../core/model";
import type { Coordinator } from "../useCoordinator";
import {
  DOOD_ROW_CHOICES,
  PRODUCTION_FIELDS,
  RULE_SET_FIELDS,
  RULE_SET_FIELD_ORDER,
  isValid,
  ruleSetToForm,
  doodTypesOf,
  toggleDoodType,
  validateColors,
  validateDoodTypes,
  validateProduction,
  validateRuleSetForm,
  type RuleSetForm,
} from "../logic/settingsForm";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: "12px", minWidth: "0" },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "4px 8px 8px",
    margin: "0",
    minWidth: "0",
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: "6px", minWidth: "0" },
  input: { minWidth: "0", width: "100%" },
  swatch: { width: "16px", height: "16px", borderRadius: "3px", border: `1px solid ${tokens.colorNeutralStroke1}` },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const NEW_SET = "\u0000new";

function RuleSetsEditor({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const sets = useMemo(() => pane.result?.ruleSets ?? [], [pane.result]);
  const [name, setName] = useState<string>("");
  const [newName, setNewName] = useState("");
  const [form, setForm] = useState<RuleSetForm>();
  const current = sets.find((s) => s.name === name);

  useEffect(() => {
    if (!name && sets.length > 0) setName(sets[0].name);
  }, [sets, name]);
  // Reset the fields when another set is chosen or its saved numbers change, not on every check (a re-check makes new
  // objects with the same numbers, and would throw away what the user is typing).
  const savedForm = current ? JSON.stringify(ruleSetToForm(current)) : "";
  useEffect(() => {
    if (savedForm) setForm(JSON.parse(savedForm) as RuleSetForm);
    else if (name === NEW_SET) setForm(Object.fromEntries(RULE_SET_FIELD_ORDER.map((f) => [f, ""])) as RuleSetForm);
  }, [savedForm, name]);

  const checked = form ? validateRuleSetForm(form) : undefined;
  const saveName = name === NEW_SET ? newName.trim() : name;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Rule sets</legend>
      <Field label="Rule set">
        <Dropdown
          className={styles.input}
          value={name === NEW_SET ? "New rule set…" : name}
          selectedOptions={[name]}
          onOptionSelect={(_, d) => setName(d.optionValue ?? "")}
        >
          {sets.map((s) => (
            <Option key={s.name} value={s.name}>
              {s.name}
            </Option>
          ))}
          <Option value={NEW_SET}>New rule set…</Option>
        </Dropdown>
      </Field>
      {name === NEW_SET && (
        <Field label="Name of the new rule set" validationMessage={newName.trim() ? undefined : "Enter a name"}>
          <Input className={styles.input} value={newName} onChange={(_, d) => setNewName(d.value)} />
        </Field>
      )}
      {form && checked && (
        <div className={styles.grid}>
          {RULE_SET_FIELD_ORDER.map((f) => (
            <Field key={f} label={RULE_SET_FIELDS[f].label} validationMessage={checked.errors[f]}>
              <Input
                className={styles.input}
                inputMode="decimal"
                value={form[f]}
                placeholder={RULE_SET_FIELDS[f].blankIsNoLimit ? "no limit" : "default"}
                onChange={(_, d) => setForm({ ...form, [f]: d.value })}
                contentAfter={<Text size={200}>{RULE_SET_FIELDS[f].unit}</Text>}
              />
            </Field>
          ))}
        </div>
      )}
      {form && savedForm && JSON.stringify(form) !== savedForm && (
        <Text className={styles.hint} data-unsaved>
          Not saved yet: checks use the saved numbers until you save.
        </Text>
      )}
      <Button
        disabled={!checked || !isValid(checked) || !saveName}
        disabledFocusable={!!pane.busy}
        onClick={() => checked && void pane.saveRuleSet(saveName, checked.value)}
      >
        Save rule set
      </Button>
    </fieldset>
  );
}

function ColorsEditor({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const saved = pane.result?.settings.highlightColors;
  const [form, setForm] = useState({ error: saved?.error ?? "", warning: saved?.warning ?? "" });
  useEffect(
    () => setForm({ error: saved?.error ?? "", warning: saved?.warning ?? "" }),
    [saved?.error, saved?.warning],
  );
  const checked = validateColors(form);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Highlight colours</legend>
      <div className={styles.grid}>
        {(["error", "warning"] as const).map((k) => (
          <Field key={k} label={k === "error" ? "Errors" : "Warnings"} validationMessage={checked.errors[k]}>
            <Input
              className={styles.input}
              value={form[k]}
              placeholder={DEFAULT_COLORS[k]}
              onChange={(_, d) => setForm({ ...form, [k]: d.value })}
              contentAfter={
                <span
                  className={styles.swatch}
                  style={{ backgroundColor: checked.value[k] ?? DEFAULT_COLORS[k] }}
                  aria-hidden
                />
              }
            />
          </Field>
        ))}
      </div>
      <Text className={styles.hint}>A colour as #RRGGBB (Excel&apos;s fill colours); leave empty for the default.</Text>
      <Button
        disabled={!isValid(checked)}
        disabledFocusable={!!pane.busy}
        onClick={() => void pane.saveColors(checked.value)}
      >
        Save colours
      </Button>
    </fieldset>
  );
}

function ProductionEditor({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const saved = pane.result?.settings.production;
  const fromTable = pane.result?.production ?? {};
  const [form, setForm] = useState<Record<string, string>>({ ...saved });
  useEffect(() => setForm({ ...saved }), [saved]);
  const checked = validateProduction(form);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Call-sheet header</legend>
      <Text className={styles.hint}>Blank fields use the Production table.</Text>
      <div className={styles.grid}>
        {PRODUCTION_FIELDS.map((k) => (
          <Field key={k} label={k} validationMessage={checked.errors[k]}>
            <Input
              className={styles.input}
              value={form[k] ?? ""}
              placeholder={fromTable[k] ?? ""}
              onChange={(_, d) => setForm({ ...form, [k]: d.value })}
            />
          </Field>
        ))}
      </div>
      <Button
        disabled={!isValid(checked)}
        disabledFocusable={!!pane.busy}
        onClick={() => void pane.saveProduction(checked.value)}
      >
        Save header
      </Button>
    </fieldset>
  );
}

function DoodRowsEditor({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  const saved = doodTypesOf(pane.result?.settings).join(",");
  const [types, setTypes] = useState<ResourceType[]>(() => saved.split(",") as ResourceType[]);
  useEffect(() => setTypes(saved.split(",") as ResourceType[]), [saved]);
  const checked = validateDoodTypes(types);
  return (
    <fieldset className={styles.fieldset} role="group" aria-label="DOOD rows">
      <legend className={styles.legend}>DOOD rows</legend>
      <Text className={styles.hint}>Which resources the DOOD sheet lists. Call sheets always use the cast.</Text>
      <div className={styles.grid}>
        {DOOD_ROW_CHOICES.map((c) => (
          <Checkbox
            key={c.type}
            label={c.label}
            checked={types.includes(c.type)}
            onChange={(_, d) => setTypes(toggleDoodType(types, c.type, d.checked === true))}
          />
        ))}
      </div>
      {checked.errors.doodTypes && <Text className={styles.hint}>{checked.errors.doodTypes}</Text>}
      <Button
        disabled={!isValid(checked)}
        disabledFocusable={!!pane.busy}
        onClick={() => void pane.saveDoodTypes(checked.value)}
      >
        Save DOOD rows
      </Button>
    </fieldset>
  );
}

export function SettingsPanel({ pane }: { pane: Coordinator }) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label="Settings">
      <RuleSetsEditor pane={pane} />
      <ColorsEditor pane={pane} />
      <ProductionEditor pane={pane} />
      <DoodRowsEditor pane={pane} />
    </section>
  );
}
