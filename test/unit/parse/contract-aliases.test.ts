/**
 * Every header word contract §3 lists, canonical name and aliases, for every role: each names its column. The
 * project may accept more aliases; it must not accept fewer (contract preamble: "it must not accept less").
 */
import { canonicalColumn, matchColumns } from "../../../src/core/parse/headers";
import type { Role } from "../../../src/core/model";

/** Contract §3, column by column: canonical name first, then its aliases. */
const CONTRACT: Partial<Record<Role, string[][]>> = {
  schedule: [
    ["ID", "Item ID", "Strip ID", "Task ID", "Work Order", "WO", "Ref"],
    ["Date", "Shoot Date", "Scheduled Date", "Day Date", "Work Date"],
    ["Shoot Day", "Day", "Shoot Day #", "Day #"],
    ["Start", "Call", "Call Time", "Start Time", "From", "Begin"],
    ["End", "Wrap", "Wrap Time", "End Time", "To", "Finish"],
    ["Duration", "Est. Time", "Est Duration", "Hours", "Length"],
    ["Scene", "Sc", "Sc.", "Scene #", "Scene No.", "Scene Number"],
    ["Description", "Synopsis", "Scene Description", "Task", "Task Name", "Title"],
    ["Set", "Set Name", "Slugline"],
    ["I/E", "INT/EXT", "Int/Ext"],
    ["D/N", "Day/Night", "Time of Day"],
    ["Pages", "Pgs", "Page Count", "Eighths", "1/8ths"],
    ["Location", "Loc", "Shooting Location", "Site"],
    ["Cast", "Cast IDs", "Cast Members", "Talent", "Actors"],
    ["Crew", "Crew Members", "Staff", "Personnel"],
    ["Equipment", "Gear", "Kit", "Equipment Needed"],
    ["Resources", "Assigned", "Assigned To"],
    ["Priority", "Pri", "Priority Level"],
    ["Deadline", "Due", "Due Date", "Needed By"],
    ["Depends On", "Predecessors", "After", "Dependencies"],
    ["Status", "State"],
    ["Notes", "Remarks", "Comments"],
  ],
  resources: [
    ["ID", "Cast #", "Cast ID", "Resource ID", "Code", "No."],
    ["Name", "Actor", "Person", "Resource", "Item", "Full Name"],
    ["Type", "Category", "Kind", "Resource Type"],
    ["Role", "Character", "Position", "Title"],
    ["Department", "Dept"],
    ["Capacity", "Qty", "Quantity", "Units"],
    ["Available From", "Start Date", "Start"],
    ["Available To", "End Date", "Until"],
    ["Unavailable", "Days Off", "Blackout Dates", "Not Available"],
    ["Rule Set", "Union", "Agreement", "Contract"],
    ["Birth Date", "DOB", "Date of Birth"],
    ["Allow Drop", "Drop OK"],
    ["Day Rate", "Daily Rate", "Rate"],
    ["Hourly Rate", "Hour Rate"],
    ["Account", "Budget Account", "Acct"],
    ["Phone", "Mobile", "Cell"],
    ["Email", "E-mail"],
    ["Lead Time", "Makeup", "Prep"],
  ],
  availability: [["Resource"], ["From"], ["To"], ["Kind"], ["Notes"]],
  materials: [
    ["Item"],
    ["Quantity"],
    ["Needed For"],
    ["Needed By"],
    ["Delivery", "ETA", "Arrives"],
    ["Vendor"],
    ["Status"],
  ],
  travel: [["From"], ["To"], ["Minutes"]],
  budget: [["Account"], ["Description"], ["Budget", "Amount"]],
  rules: [
    ["Rule Set"],
    ["Min Rest (h)"],
    ["Max Day (h)"],
    ["Max Consecutive Days"],
    ["Travel Buffer (min)"],
    ["OT After (h)"],
    ["OT Rate"],
    ["Drop Days"],
  ],
};

const CASES: [Role, string, string][] = Object.entries(CONTRACT).flatMap(([role, columns]) =>
  (columns ?? []).flatMap((words) => words.map((w): [Role, string, string] => [role as Role, w, words[0]])),
);

describe("contract §3 headers", () => {
  test.each(CASES)("%s: %p names %p", (role, header, canonical) => {
    expect(canonicalColumn(role, header)).toBe(canonical);
  });

  // "Headers match case-insensitively, ignoring spaces, punctuation and a trailing #/No." (§1).
  test.each(CASES)("%s: %p in a header row, upper case with a trailing '#', is %p", (role, header, canonical) => {
    const shouted = /[#.]$/.test(header) ? header.toUpperCase() : `${header.toUpperCase()} #`;
    expect(matchColumns(role, [shouted]).columns[canonical]).toBe(shouted);
  });
});

describe("the project's extra aliases docs/workbook-format.md names", () => {
  // "plus a few more that real exports and call sheets write (src/core/parse/headers.ts lists them all)".
  test.each<[Role, string, string]>([
    ["schedule", "Cast ID", "Cast"],
    ["schedule", "Cast #s", "Cast"],
    ["schedule", "Cast Member", "Cast"],
    ["schedule", "Cast List", "Cast"],
    ["schedule", "Characters", "Cast"],
    ["schedule", "Crew Member", "Crew"],
    ["schedule", "Crew List", "Crew"],
    ["schedule", "Crew Needed", "Crew"],
    ["schedule", "Equipment List", "Equipment"],
    ["schedule", "Equip", "Equipment"],
    ["schedule", "Scenes", "Scene"],
    ["schedule", "Pg", "Pages"],
    ["schedule", "Note", "Notes"],
    ["schedule", "Crew Call", "Start"],
    ["schedule", "Unit Call", "Start"],
    ["schedule", "Shoot Call", "Start"],
    ["schedule", "Est. Wrap", "End"],
    ["schedule", "Estimated Wrap", "End"],
    ["schedule", "Unit Wrap", "End"],
    ["schedule", "Est. Hours", "Duration"],
    ["schedule", "Est. Hrs", "Duration"],
    ["rules", "Minimum Rest", "Min Rest (h)"],
    ["rules", "Max Hours", "Max Day (h)"],
    ["rules", "Max Days in a Row", "Max Consecutive Days"],
    ["budget", "Approved Budget", "Budget"],
    ["budget", "Total Budget", "Budget"],
    ["budget", "Desc", "Description"],
    ["budget", "Category", "Description"],
    ["budget", "Line Item", "Description"],
    ["resources", "Hair/Makeup", "Lead Time"],
    ["resources", "Hair & Makeup", "Lead Time"],
    ["resources", "Hair/MU", "Lead Time"],
    ["resources", "HMU", "Lead Time"],
    ["resources", "Makeup Time", "Lead Time"],
    ["resources", "Prep Time", "Lead Time"],
    ["resources", "Artist", "Name"],
    ["resources", "Performer", "Name"],
    ["resources", "Vehicle", "Name"],
    ["travel", "Drive Time", "Minutes"],
    ["travel", "Drive Minutes", "Minutes"],
  ])("%s: %p names %p", (role, header, canonical) => {
    expect(canonicalColumn(role, header)).toBe(canonical);
  });
});
