/** The task pane: five tabs over one coordinator state, in the Office theme. */
import { useMemo, useState, type ReactNode } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  ProgressBar,
  Field,
  Switch,
  Tab,
  TabList,
  Text,
  Tooltip,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { CoreRunner, WorkbookHost } from "../host";
import { useCoordinator } from "../useCoordinator";
import { SetupPanel } from "./SetupPanel";
import { CheckPanel } from "./CheckPanel";
import { GeneratePanel } from "./GeneratePanel";
import { SettingsPanel } from "./SettingsPanel";
import { ImportPanel } from "./ImportPanel";

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minWidth: "0",
    maxWidth: "100%",
    minHeight: "100vh",
    padding: "8px 12px 16px",
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
    overflowX: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: "8px",
    flexWrap: "wrap",
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "0" },
  tabs: { flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const LIVE_HELP =
  "Live check re-checks the schedule about 1.5 seconds after each change and updates the findings here. It writes nothing: press Check schedule for highlights and the Conflicts sheet.";

type TabName = "setup" | "check" | "generate" | "settings" | "import";

export interface AppProps {
  host: WorkbookHost;
  runner: CoreRunner;
  /** Tests turn the initial workbook read off. */
  autoRefresh?: boolean;
}

export function App({ host, runner, autoRefresh }: AppProps) {
  const styles = useStyles();
  const theme = useMemo(() => (host.theme() === "dark" ? webDarkTheme : webLightTheme), [host]);
  const pane = useCoordinator(host, runner, { autoRefresh });
  const [tab, setTab] = useState<TabName>("check");
  const panels: [TabName, ReactNode][] = [
    ["setup", <SetupPanel key="setup" pane={pane} />],
    ["check", <CheckPanel key="check" pane={pane} />],
    ["generate", <GeneratePanel key="generate" pane={pane} />],
    ["settings", <SettingsPanel key="settings" pane={pane} />],
    ["import", <ImportPanel key="import" pane={pane} canWrite={!!host.writeUserSheets} />],
  ];

  return (
    <FluentProvider theme={theme}>
      <main className={styles.root} aria-busy={pane.busy ? true : undefined}>
        <div className={styles.header}>
          <h1 className={styles.title}>Production Coordinator</h1>
          <Tooltip content={LIVE_HELP} relationship="description">
            <Switch label="Live check" checked={pane.live} onChange={(_, d) => pane.setLive(d.checked)} />
          </Tooltip>
        </div>
        {pane.live && <Text className={styles.hint}>{LIVE_HELP}</Text>}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabName)}
          aria-label="Sections"
        >
          <Tab value="setup">Setup</Tab>
          <Tab value="check">Check</Tab>
          <Tab value="generate">Generate</Tab>
          <Tab value="settings">Settings</Tab>
          <Tab value="import">Import</Tab>
        </TabList>
        {pane.busy && (
          <Field validationMessage={pane.busy.label} validationState="none">
            <ProgressBar value={pane.busy.value} aria-label={pane.busy.label} />
          </Field>
        )}
        {pane.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{pane.error}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={pane.dismissError}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {/* What an action says when it ends is read out: a live region, not a second `status` (the Check tab's summary
            is the pane's one). It is not scrolled into view: that took the pane away from the control in use. */}
        <div aria-live="polite" aria-atomic="true">
          {pane.warning && !pane.error && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{pane.warning}</MessageBarBody>
            </MessageBar>
          )}
          {pane.notice && !pane.error && !pane.warning && (
            <MessageBar intent="success">
              <MessageBarBody>{pane.notice}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {/* Every panel stays mounted, hidden when not shown: a day chosen on Generate, a filter on Check or a value
            typed in Settings is still there after a look at another tab. */}
        {panels.map(([name, panel]) => (
          <div key={name} hidden={tab !== name}>
            {panel}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
