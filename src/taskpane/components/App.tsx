/** The task pane: five tabs over one coordinator state, in the Office theme. */
import { useMemo, useState } from "react";
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
});

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

  return (
    <FluentProvider theme={theme}>
      <main className={styles.root} aria-busy={pane.busy ? true : undefined}>
        <div className={styles.header}>
          <h1 className={styles.title}>Production Coordinator</h1>
          <Switch
            label="Live check"
            checked={pane.live}
            onChange={(_, d) => pane.setLive(d.checked)}
            aria-describedby="live-help"
          />
          <span id="live-help" hidden>
            Re-checks about 1.5 seconds after the schedule changes, without writing to the workbook.
          </span>
        </div>
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
        {pane.notice && !pane.error && (
          <MessageBar intent="success">
            <MessageBarBody>{pane.notice}</MessageBarBody>
          </MessageBar>
        )}
        {tab === "setup" && <SetupPanel pane={pane} />}
        {tab === "check" && <CheckPanel pane={pane} />}
        {tab === "generate" && <GeneratePanel pane={pane} />}
        {tab === "settings" && <SettingsPanel pane={pane} />}
        {tab === "import" && <ImportPanel pane={pane} canWrite={!!host.writeUserSheets} />}
      </main>
    </FluentProvider>
  );
}
