import {
  canonicalColumn,
  headerKey,
  matchColumns,
  resourceTypeFromText,
  roleFromName,
  roleFromText,
} from "../../../src/core/parse/headers";
import type { Role } from "../../../src/core/model";

describe("header keys", () => {
  test.each<[string, string]>([
    ["Scene #", "scene"],
    ["scene no.", "scene"],
    ["SCENE", "scene"],
    ["Scene No", "scene"],
    ["  Call Time ", "calltime"],
    ["I/E", "ie"],
    ["E-mail", "email"],
    ["No.", "no"],
    ["Casino", "casino"], // "no" inside a word is not a number mark
    ["Cast_No.", "cast"],
    ["Cast_No", "cast"],
    ["CastNo.", "cast"],
    ["Scene_#", "scene"],
    ["Cast_Num", "cast"],
    ["Piano", "piano"], // a word ending in "no" without the point keeps it
  ])("%p -> %p", (input, expected) => {
    expect(headerKey(input)).toBe(expected);
  });
});

describe("aliases per role", () => {
  test.each<[Role, string, string | undefined]>([
    ["schedule", "Scene #", "Scene"],
    ["schedule", "scene no.", "Scene"],
    ["schedule", "SCENE", "Scene"],
    ["schedule", "Sc.", "Scene"],
    ["schedule", "Scene Number", "Scene"],
    ["schedule", "Start", "Start"],
    ["schedule", "Call Time", "Start"],
    ["schedule", "Wrap", "End"],
    ["schedule", "Day", "Shoot Day"],
    ["schedule", "Day #", "Shoot Day"],
    ["schedule", "Shoot Date", "Date"],
    ["schedule", "INT/EXT", "I/E"],
    ["schedule", "Day/Night", "D/N"],
    ["schedule", "1/8ths", "Pages"],
    ["schedule", "Talent", "Cast"],
    ["schedule", "Predecessors", "Depends On"],
    ["schedule", "Needed By", "Deadline"],
    ["schedule", "Est. Time", "Duration"],
    ["schedule", "Work Order", "ID"],
    ["schedule", "Title", "Description"],
    ["schedule", "Unavailable", undefined],
    // Beyond the contract: the singular and list forms stripboard exports write ("Cast ID: 1, 2, 5").
    ["schedule", "Cast ID", "Cast"],
    ["schedule", "Cast Member", "Cast"],
    ["schedule", "Characters", "Cast"],
    ["schedule", "Crew List", "Crew"],
    ["schedule", "Equipment List", "Equipment"],
    // A strip's sheet number is not its ID: without an ID column ids stay row:N, as the contract says.
    ["schedule", "Sheet #", undefined],
    ["schedule", "Crew Call", "Start"],
    ["schedule", "Unit Call", "Start"],
    ["schedule", "Est. Wrap", "End"],
    ["schedule", "Unit Wrap", "End"],
    ["schedule", "Est. Hours", "Duration"],
    ["resources", "Artist", "Name"],
    ["resources", "Vehicle", "Name"],
    ["resources", "Start", "Available From"], // Start means something else here
    ["resources", "Cast #", "ID"],
    ["resources", "No.", "ID"],
    ["resources", "Character", "Role"],
    ["resources", "Title", "Role"],
    ["resources", "Drop OK", "Allow Drop"],
    ["resources", "Makeup", "Lead Time"],
    ["resources", "Hair/MU", "Lead Time"],
    ["resources", "Hair & Makeup", "Lead Time"],
    ["resources", "Cast ID", "ID"], // the cast list's own number, not a list of cast
    ["resources", "DOB", "Birth Date"],
    ["resources", "Union", "Rule Set"],
    ["resources", "Crew Parking", "Parking"],
    ["locations", "Location", "Name"],
    ["locations", "Crew Parking", "Parking"],
    ["locations", "Nearest Hospital", "Nearest Hospital"],
    ["materials", "ETA", "Delivery"],
    ["materials", "Arrives", "Delivery"],
    ["materials", "Needed By", "Needed By"],
    ["budget", "Amount", "Budget"],
    ["budget", "Approved Budget", "Budget"],
    ["budget", "Desc", "Description"],
    ["budget", "Total", undefined],
    ["rules", "Min Rest (h)", "Min Rest (h)"],
    ["rules", "min rest", "Min Rest (h)"],
    // `Strip #` would be `Strip` too (a trailing # is dropped), a column a stripboard fills with Scene or Day Break.
    ["schedule", "Strip", undefined],
    ["schedule", "Cast #s", "Cast"],
    ["schedule", "Crew Needed", "Crew"],
    ["schedule", "Est. Hrs", "Duration"],
    ["rules", "Minimum Rest", "Min Rest (h)"],
    ["rules", "Maximum Day (h)", "Max Day (h)"],
    ["rules", "Max Days in a Row", "Max Consecutive Days"],
    ["production", "1st AD", "1st AD"],
    // A unit in brackets: a currency, or the column's own unit; another time unit would change the numbers.
    ["resources", "Day Rate ($)", "Day Rate"],
    ["resources", "Rate (USD)", "Day Rate"],
    ["budget", "Budget [£]", "Budget"],
    ["travel", "Travel Time (min)", "Minutes"],
    ["travel", "Drive Time (mins)", "Minutes"],
    ["travel", "Travel Time (h)", undefined],
    ["schedule", "Duration (hrs)", "Duration"],
    ["schedule", "Est. Time (hours)", "Duration"],
    ["schedule", "Duration (min)", undefined],
    ["resources", "Lead Time (min)", "Lead Time"],
    ["resources", "Makeup (h)", undefined],
    ["rules", "Min Rest (hrs)", "Min Rest (h)"],
    ["rules", "Max Day (hours)", "Max Day (h)"],
    ["rules", "Travel Buffer (mins)", "Travel Buffer (min)"],
    ["rules", "Min Rest (min)", undefined],
    ["schedule", "Cast (main)", undefined],
    // A rate's unit says which rate it is (a grader's reality show: "Rate ($/day)" was an unknown column, no cost).
    ["resources", "Rate ($/day)", "Day Rate"],
    ["resources", "Day Rate ($/day)", "Day Rate"],
    ["resources", "Rate/Day", "Day Rate"],
    ["resources", "Rate per day", "Day Rate"],
    ["resources", "Rate (EUR per day)", "Day Rate"],
    ["resources", "Rate ($/hr)", "Hourly Rate"],
    ["resources", "Rate (per hour)", "Hourly Rate"],
    ["resources", "Hourly Rate (USD/hour)", "Hourly Rate"],
    ["resources", "Rate (hrs)", undefined],
    ["resources", "Rate (£/week)", undefined],
    ["resources", "Rate (hourly)", "Hourly Rate"],
    ["resources", "Rate (daily)", "Day Rate"],
    ["resources", "Rate (CHF/day)", "Day Rate"],
    ["resources", "Day Rate (CHF)", "Day Rate"],
    ["resources", "Rate ($/hrs)", "Hourly Rate"],
    ["schedule", "Duration (hh:mm)", "Duration"],
    // A time column's format.
    ["schedule", "Start (24h)", "Start"],
    ["schedule", "Wrap (24 hr)", "End"],
    ["schedule", "Call (hh:mm)", "Start"],
    ["schedule", "Date (24h)", undefined],
  ])("%s: %p -> %p", (role, header, expected) => {
    expect(canonicalColumn(role, header)).toBe(expected);
  });

  test("missing required columns are named", () => {
    expect(matchColumns("schedule", ["Scene", "Start"]).missing).toEqual(["Date"]);
    expect(matchColumns("resources", ["Phone"]).missing).toEqual(["ID or Name"]);
    expect(matchColumns("resources", ["Name"]).missing).toEqual([]);
  });

  test("of two headers naming one column the canonical name wins; the losing header is not read (nor unknown)", () => {
    for (const headers of [
      ["Date", "Shoot Date", "Mood"],
      ["Shoot Date", "Date", "Mood"],
    ]) {
      const m = matchColumns("schedule", headers);
      expect(m.columns.Date).toBe("Date");
      expect(m.unknown).toEqual(["Mood"]);
    }
  });

  // Contract §3 lists the canonical name first, then the aliases: of two headers for one column, the one listed first
  // wins wherever it stands; the leftmost only between equals. A cast list's running `No.` and its `Cast #`.
  test.each<[string, Role, string[], string, string]>([
    ["running No. left of Cast #", "resources", ["No.", "Cast #", "Name"], "ID", "Cast #"],
    ["Cast # left of No.", "resources", ["Cast #", "No.", "Name"], "ID", "Cast #"],
    ["near miss: No. alone", "resources", ["No.", "Name"], "ID", "No."],
    ["Call left of Start", "schedule", ["Date", "Call", "Start"], "Start", "Start"],
    ["Call Time left of Call", "schedule", ["Date", "Call Time", "Call"], "Start", "Call"],
    ["Title left of Position", "resources", ["Name", "Title", "Position"], "Role", "Position"],
    ["the same word twice: the leftmost", "resources", ["Name", "Cast #", "Cast #"], "ID", "Cast #"],
  ])("%s", (_label, role, headers, column, header) => {
    const m = matchColumns(role, headers);
    expect(m.columns[column]).toBe(header);
    expect(m.index.get(column)).toBe(headers.indexOf(header));
  });

  // Contract §1/§3: the contract's own words name a column wherever they stand; this project's extra aliases
  // only take a column the contract's words leave free.
  test.each<[Role, string[], string, number]>([
    ["schedule", ["Crew Call", "Start", "End"], "Start", 1],
    ["schedule", ["Unit Call", "Call", "Wrap"], "Start", 1],
    ["schedule", ["Call", "Est. Wrap", "Wrap"], "End", 2],
    ["schedule", ["Shooting Date", "Date"], "Date", 1],
    ["schedule", ["Reference", "ID"], "ID", 1],
    ["schedule", ["Characters", "Cast Members"], "Cast", 1],
    ["availability", ["ID", "Resource", "From"], "Resource", 1],
    ["availability", ["Date", "From", "To"], "From", 1],
    ["availability", ["Status", "Kind"], "Kind", 1],
    ["availability", ["Reason", "Kind"], "Kind", 1],
    ["materials", ["Delivered", "Delivery"], "Delivery", 1],
    ["travel", ["Time", "Minutes"], "Minutes", 1],
    ["budget", ["Account Code", "Account"], "Account", 1],
    ["rules", ["Name", "Rule Set"], "Rule Set", 1],
    ["resources", ["Artist", "Name"], "Name", 1],
    ["resources", ["Day Rate ($)", "Rate"], "Day Rate", 0],
  ])("%s %j: %s is column %i (the contract's word, not an extra alias before it)", (role, headers, column, at) => {
    expect(matchColumns(role, headers).index.get(column)).toBe(at);
  });

  test("near miss: an extra alias alone still names its column", () => {
    expect(matchColumns("schedule", ["Date", "Crew Call", "Wrap"]).index.get("Start")).toBe(1);
    expect(matchColumns("availability", ["ID", "From"]).index.get("Resource")).toBe(0);
  });

  test("saved column overrides win over aliases", () => {
    const m = matchColumns("schedule", ["Date", "Report", "Call"], { Start: "Report" });
    expect(m.index.get("Start")).toBe(1);
  });
});

describe("roles from names", () => {
  test.each<[string, Role | undefined, string | undefined]>([
    ["Schedule", "schedule", undefined],
    ["Shooting Schedule", "schedule", undefined],
    ["shooting_schedule", "schedule", undefined],
    ["One-Liner", "schedule", undefined],
    ["Stripboard", "schedule", undefined],
    ["Cast", "resources", "cast"],
    ["tblCast", "resources", "cast"],
    ["Crew2", "resources", "crew"],
    ["Vehicles", "resources", "vehicle"],
    ["Talent", "resources", "cast"],
    ["Actors", "resources", "cast"],
    ["Artists", undefined, undefined], // VFX artists are no cast: too wide a word for a type
    ["Picture Cars", "resources", "vehicle"],
    ["Locations", "locations", "location"],
    ["Deliveries", "materials", undefined],
    ["Travel Times", "travel", undefined],
    ["Production", "production", undefined],
    ["Sheet1", undefined, undefined],
    ["Castle", undefined, undefined],
    // A list's name whose words name one type (weak: headers naming another role completely win).
    ["Principal Cast", "resources", "cast"],
    ["Day Players", "resources", "cast"],
    ["Cast - Ep 101", "resources", "cast"],
    ["tblPrincipalCast", "resources", "cast"],
    ["Camera Dept", "resources", "crew"],
    ["Grip Department", "resources", "crew"],
    ["Drivers", "resources", "crew"],
    ["tblTeamsters", "resources", "crew"],
    // "Transport" may list the vehicles: no type from it.
    ["Transport", undefined, undefined],
    // Near misses: two types, or another role's word, name no type.
    ["Cast & Crew", undefined, undefined],
    ["Cast Availability", undefined, undefined],
    ["Crew Schedule", undefined, undefined],
    ["Crew Calls", undefined, undefined],
  ])("%p -> %p (%p)", (name, role, type) => {
    const r = roleFromName(name);
    expect(r?.role).toBe(role);
    expect(r?.type).toBe(type);
  });

  test.each<[string, Role | undefined]>([
    ["schedule", "schedule"],
    ["Cast", "resources"],
    ["locations", "locations"],
    ["nonsense", undefined],
  ])("saved role text %p -> %p", (text, role) => {
    expect(roleFromText(text)).toBe(role);
  });
});

describe("resource types typed by users", () => {
  test.each([["constructor"], ["toString"], ["__proto__"], ["valueOf"]])("%p is no type", (text) => {
    expect(resourceTypeFromText(text)).toBeUndefined();
  });

  test.each<[string, string | undefined]>([
    ["Cast Member", "cast"],
    ["Actress", "cast"],
    ["Day Player", "cast"],
    ["Crew Member", "crew"],
    ["Equip", "equipment"],
    ["Van", "vehicle"],
    ["Trailer", "vehicle"],
    // Near misses: what a word alone cannot settle (camera gear or the camera department; extras are not the DOOD's).
    ["Camera", undefined],
    ["Background", undefined],
    ["Stunts", undefined],
  ])("%p -> %p", (text, type) => {
    expect(resourceTypeFromText(text)).toBe(type);
  });
});
