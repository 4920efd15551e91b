/** @jest-environment jsdom */
/** One card per problem: the rules' per-resource findings of one type over the same strips, merged in the pane. */
import { act } from "react";
import { FindingsList } from "../../../src/taskpane/components/FindingsList";
import { mergeSameProblem, toFindings } from "../../../src/taskpane/logic/findings";
import type { Conflict } from "../../../src/core/report";
import { click, settle, useFreshRoot } from "./dom";

function travel(resource: string, items: string[], row: number): Conflict {
  return {
    type: "travel",
    severity: "warning",
    resource,
    items,
    date: "2026-03-02",
    message: `${resource} has 0 min to get to the pier`,
    suggestion: "Start S2 at 11:30 or later",
    cells: [{ sheet: "Schedule", cell: `H${row}` }],
  };
}

const conflicts: Conflict[] = [
  travel("1", ["S1", "S2"], 2),
  travel("2", ["S1", "S2"], 3),
  { ...travel("3", ["S1", "S2"], 4), severity: "error" }, // near miss: another severity
  travel("4", ["S2", "S3"], 5), // near miss: other strips
  travel("5", ["S1", "S2"], 6),
];
const dataIssues = [{ code: "bad-date", sheet: "Schedule", cell: "B9", message: "Not a date" }];

describe("mergeSameProblem", () => {
  test("same type, severity and items: the first, naming the others, with all their cells; near misses stay", () => {
    const merged = mergeSameProblem(toFindings({ conflicts, dataIssues }));
    expect(merged.map((f) => [f.id, f.also ?? []])).toEqual([
      ["c0", ["2", "5"]],
      ["c2", []],
      ["c3", []],
      ["d0", []],
    ]);
    expect(merged[0].target).toEqual({ sheet: "Schedule", address: "H2,H3,H6" });
  });

  test("leaves its input as it was (the unmerged list serves Group by person)", () => {
    const findings = toFindings({ conflicts, dataIssues: [] });
    mergeSameProblem(findings);
    expect(findings[0].also).toBeUndefined();
    expect(findings[0].target?.address).toBe("H2");
  });
});

describe("FindingsList", () => {
  const root = useFreshRoot();
  const selected: string[] = [];
  async function render() {
    await act(async () =>
      root().render(
        <FindingsList
          report={{ conflicts, dataIssues: [] }}
          names={{ "2": "Ben Okafor", "5": "Eve Moss" }}
          onSelect={(sheet, address) => selected.push(`${sheet}!${address}`)}
        />,
      ),
    );
    await settle();
  }

  test("one card for the problem, its people named, the group still counting every finding; a click selects all", async () => {
    await render();
    const cards = document.querySelectorAll("[data-finding]");
    expect(cards).toHaveLength(3);
    expect(document.querySelector("[data-also]")?.textContent).toBe(
      "The same for 2 more: Ben Okafor (2), Eve Moss (5)",
    );
    expect(document.querySelector("h2")?.textContent).toBe("Travel time 5");
    expect(document.querySelector("h2 span")?.textContent).toBe("5");
    await click(document.querySelector("[data-finding=c0]")!);
    expect(selected).toEqual(["Schedule!H2,H3,H6"]);
  });
});
