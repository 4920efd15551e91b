/**
 * The sample production "The Lighthouse Keeper": a two-week shoot (Mon 2 Mar - Fri 13 Mar 2026, ten shoot days)
 * as readable data, with a handful of real conflicts of every kind (listed in PLANTED_CONFLICTS).
 *
 * `sampleSheets()` returns every sheet as plain rows, the way Excel stores them: dates are 1900-system day
 * serials, times are fractions of a day, text stays text (some cells are typed as text on purpose: "7:30 AM",
 * "3/3/2026"). Each sheet says whether it is an Excel table (and its name and header row), which columns carry
 * a date or time number format, and any user fills. scripts/make-sample.ts writes it to
 * assets/sample-production.xlsx with ExcelJS; the browser preview can build its simulated workbook from it directly.
 */

export type SampleValue = string | number | boolean | null;

export interface SampleSheet {
  name: string;
  /** Rows from A1 (a title row above a table is row 1, the table starts lower). */
  rows: SampleValue[][];
  /** An Excel table whose header is rows[headerRow] (0-based) and which runs to the last row. */
  table?: { name: string; headerRow: number };
  /** 0-based column -> number format for numbers in that column (dates, times, money). */
  formats?: Record<number, string>;
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** User fills (a coordinator's own colours, which the add-in must never change): 0-based row/col. */
  fills?: { row: number; col: number; color: string }[];
}

const EPOCH_MS = Date.UTC(1899, 11, 30);

/** "2026-03-02" -> Excel day serial. */
export function d(iso: string): number {
  const [y, m, day] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, day) - EPOCH_MS) / 86400000);
}

/** "07:30" -> fraction of a day. */
export function t(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h * 60 + m) / 1440;
}

export const DATE_FORMAT = "ddd d mmm yyyy";
export const TIME_FORMAT = "h:mm AM/PM";
export const MONEY_FORMAT = "#,##0";

/** The conflicts this data is built to contain (what the demo should find), for docs and tests. */
export const PLANTED_CONFLICTS: { type: string; what: string }[] = [
  {
    type: "double-booking",
    what: "Owen Fletcher (4) on S-32 (splinter unit, Stage 2) and S-33 (2nd unit, Cliff Road) on Tue 10 Mar",
  },
  { type: "double-booking", what: "Camera Package A (capacity 2) on S-35, S-36 and S-37 at once on Wed 11 Mar" },
  { type: "unavailable", what: "Priya Nair (3) is out on Thu 5 Mar (Availability) but called for S-16" },
  { type: "unavailable", what: "Leo Marchetti (8) has 12 Mar in his Unavailable column but is on S-40" },
  {
    type: "turnaround",
    what: "Daniel Reyes (2) wraps the night shoot at 02:00 Fri 6 Mar and has a 7:00 AM pickup (S-19)",
  },
  { type: "long-day", what: "Maya Ortiz (1) on Mon 9 Mar: 06:30-19:30 plus 90 min makeup" },
  { type: "consecutive-days", what: "Hannah Berg (7, Non-union: max 4 days in a row) works Mon 9 - Fri 13 Mar" },
  { type: "travel", what: "Daniel Reyes (2): St. Brendan's Church until 12:00, Cliff Road at 12:10 on Tue 3 Mar" },
  {
    type: "dependency",
    what: "S-37 (aerial of the lit lamp) is shot on 11 Mar, before S-42 (lens installed) on 12 Mar",
  },
  { type: "deadline", what: "S-36 at the Diner on 11 Mar, after the location permit ends (10 Mar)" },
  { type: "material-late", what: "The lighthouse lens prop arrives Fri 6 Mar, after S-15 on Thu 5 Mar needs it" },
  { type: "material-late", what: "The hospital bed rental arrives 11 Mar, needed by 9 Mar" },
  { type: "budget-overrun", what: "Account 3100 (camera equipment) is over budget" },
];

const PRODUCTION: [string, string][] = [
  ["Title", "The Lighthouse Keeper"],
  ["Episode", "Feature"],
  ["Director", "Nora Castellanos"],
  ["Producer", "Ben Adeyemi"],
  ["UPM", "Carla Jensen"],
  ["1st AD", "Felix Moreau"],
  ["Production Office", "Wren Studios, 900 Industrial Way, Port Wren"],
  ["Phone", "(555) 010-2040"],
  ["Nearest Hospital", "Port Wren General Hospital"],
  ["Hospital Address", "77 Harbor View Rd, Port Wren"],
  ["Crew Parking", "Wren Studios lot B; shuttle to set every 20 min"],
  ["Basecamp", "Harbor car park, 3 Quay St"],
  ["Weather", "Cool, coastal fog mornings, 9-14 °C"],
  ["Sunrise", "6:42 AM"],
  ["Sunset", "6:05 PM"],
  ["Notes", "Closed set on night shoots. No drones over the church without the permit on hand."],
];

const CAST_HEADER = [
  "Cast #",
  "Name",
  "Character",
  "Rule Set",
  "Lead Time",
  "Day Rate",
  "Account",
  "Allow Drop",
  "Unavailable",
  "Phone",
];
const CAST: SampleValue[][] = [
  [1, "Maya Ortiz", "ELENA", "SAG-AFTRA", 90, 2500, 1100, "No", null, "(555) 201-1001"],
  [2, "Daniel Reyes", "TOMAS", "SAG-AFTRA", 60, 2200, 1100, "No", null, "(555) 201-1002"],
  [3, "Priya Nair", "DR. ASHA", "SAG-AFTRA", 60, 1800, 1100, "No", null, "(555) 201-1003"],
  [4, "Owen Fletcher", "SHERIFF BOYD", "SAG-AFTRA", 45, 1500, 1100, "No", null, "(555) 201-1004"],
  [5, "Grace Liu", "YOUNG ELENA", "SAG-AFTRA", 45, 1200, 1100, "No", null, "(555) 201-1005"],
  [6, "Samuel Okafor", "FATHER MICHAEL", "SAG-AFTRA", 45, 1400, 1100, "Yes", null, "(555) 201-1006"],
  [7, "Hannah Berg", "NURSE KATE", "Non-union", 30, 900, 1200, "No", null, "(555) 201-1007"],
  [8, "Leo Marchetti", "BARTENDER", "SAG-AFTRA", 30, 800, 1200, "No", "2026-03-12", "(555) 201-1008"],
];

const CREW_HEADER = ["ID", "Name", "Position", "Dept", "Rule Set", "Day Rate", "Account", "Phone"];
const CREW: SampleValue[][] = [
  ["C1", "Ana Kowalski", "Director of Photography", "Camera", "IATSE", 1200, 2100, "(555) 301-2001"],
  ["C2", "Marcus Bell", "1st AC", "Camera", "IATSE", 650, 2100, "(555) 301-2002"],
  ["C3", "Jo Whitfield", "Gaffer", "Electric", "IATSE", 700, 2200, "(555) 301-2003"],
  ["C4", "Ravi Shah", "Key Grip", "Grip", "IATSE", 650, 2200, "(555) 301-2004"],
  ["C5", "Elena Park", "Production Sound Mixer", "Sound", "IATSE", 800, 2300, "(555) 301-2005"],
  ["C6", "Tom Hughes", "Key Makeup", "Makeup", "IATSE", 600, 2400, "(555) 301-2006"],
  ["C7", "Lisa Moreno", "Script Supervisor", "Script", "IATSE", 550, 2000, "(555) 301-2007"],
];

const EQUIPMENT_HEADER = ["ID", "Name", "Type", "Capacity", "Day Rate", "Account"];
const EQUIPMENT: SampleValue[][] = [
  ["E1", "Camera Package A", "equipment", 2, 1500, 3100],
  ["E2", "Camera Package B", "equipment", 1, 600, 3100],
  ["E3", "Crane 30ft", "equipment", 1, 900, 3100],
  ["E4", "Generator 100kW", "equipment", 1, 400, 3200],
  ["E5", "Drone Kit", "equipment", 1, 500, 3100],
  ["E6", "Picture Car - 1978 Pickup", "vehicle", 1, 250, 3300],
];

const LOCATIONS_HEADER = ["Name", "Address", "Nearest Hospital", "Hospital Address", "Parking"];
const LOCATIONS: SampleValue[][] = [
  [
    "Harbor Lighthouse",
    "1 Lighthouse Rd, Port Wren",
    "Port Wren General Hospital",
    "77 Harbor View Rd",
    "Quay St car park",
  ],
  [
    "St. Brendan's Church",
    "48 Chapel Lane, Port Wren",
    "Port Wren General Hospital",
    "77 Harbor View Rd",
    "Church hall lot",
  ],
  [
    "Main Street Diner",
    "212 Main St, Port Wren",
    "Port Wren General Hospital",
    "77 Harbor View Rd",
    "Behind the diner",
  ],
  ["Stage 2", "Wren Studios, 900 Industrial Way", "Eastfield Medical Center", "12 Eastfield Ave", "Studio lot B"],
  ["Cliff Road", "Cliff Rd, mile 3 lay-by", "Port Wren General Hospital", "77 Harbor View Rd", "Lay-by, 6 trucks max"],
];

const TRAVEL: SampleValue[][] = [
  ["From", "To", "Minutes"],
  ["Harbor Lighthouse", "Main Street Diner", 45],
  ["Harbor Lighthouse", "Cliff Road", 20],
  ["Harbor Lighthouse", "Stage 2", 50],
  ["Main Street Diner", "St. Brendan's Church", 15],
  ["Main Street Diner", "Stage 2", 30],
  ["Main Street Diner", "Cliff Road", 40],
  ["St. Brendan's Church", "Stage 2", 25],
];

const SCHEDULE_HEADER = [
  "ID",
  "Shoot Day",
  "Date",
  "Call",
  "Wrap",
  "Scene #",
  "Set",
  "I/E",
  "D/N",
  "Pages",
  "Location",
  "Cast",
  "Crew",
  "Equipment",
  "Depends On",
  "Deadline",
  "Priority",
  "Status",
  "Notes",
];

/** Times written as text on purpose (a coordinator typing "7:30 AM"): kept as strings. */
type When = number | string;

interface Strip {
  id: string;
  day: number;
  date: string;
  call: When;
  wrap: When;
  scene: string;
  set: string;
  ie: "INT" | "EXT" | "INT/EXT";
  dn: "DAY" | "NIGHT" | "DAWN" | "DUSK";
  pages: number | string;
  location: string;
  cast?: string;
  crew?: string;
  equipment?: string;
  dependsOn?: string;
  deadline?: string;
  priority?: string | number;
  status?: string;
  notes?: string;
  /** Write the Date cell as text, e.g. "3/3/2026". */
  dateText?: string;
}

const MAIN = "C1, C2, C5, C7";
const LIGHTS = "C1, C2, C3, C4, C5, C7";
const DINER_PERMIT = "2026-03-10";

// prettier-ignore
const STRIPS: Strip[] = [
  // Day 1, Mon 2 Mar: Harbor Lighthouse, day exteriors and interiors.
  { id: "S-01", day: 1, date: "2026-03-02", call: "8:00 AM", wrap: t("10:00"), scene: "1", set: "EXT. LIGHTHOUSE - CLIFFTOP", ie: "EXT", dn: "DAY", pages: "1 4/8", location: "Harbor Lighthouse", cast: "1", crew: MAIN, equipment: "Camera Package A, Crane 30ft" },
  { id: "S-02", day: 1, date: "2026-03-02", call: t("10:00"), wrap: t("12:30"), scene: "2", set: "INT. LIGHTHOUSE - KEEPER'S ROOM", ie: "INT", dn: "DAY", pages: "2 2/8", location: "Harbor Lighthouse", cast: "1, 6", crew: LIGHTS, equipment: "Camera Package A" },
  { id: "S-03", day: 1, date: "2026-03-02", call: t("13:30"), wrap: t("15:30"), scene: "4", set: "INT. LIGHTHOUSE - STAIRWELL", ie: "INT", dn: "DAY", pages: "6/8", location: "Harbor Lighthouse", cast: "1, 5", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-04", day: 1, date: "2026-03-02", call: t("15:30"), wrap: t("18:00"), scene: "5", set: "EXT. LIGHTHOUSE - GALLERY", ie: "EXT", dn: "DAY", pages: "1 1/8", location: "Harbor Lighthouse", cast: "1, 6", crew: MAIN, equipment: "Camera Package A, Crane 30ft", priority: "High" },
  // Day 2, Tue 3 Mar: St. Brendan's Church; a 2nd-unit pickup at Cliff Road too soon after the church (travel).
  { id: "S-05", day: 2, date: "2026-03-03", dateText: "3/3/2026", call: t("08:00"), wrap: t("10:30"), scene: "8", set: "INT. ST. BRENDAN'S - NAVE", ie: "INT", dn: "DAY", pages: "2", location: "St. Brendan's Church", cast: "1, 2", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-06", day: 2, date: "2026-03-03", call: t("10:30"), wrap: t("12:00"), scene: "9", set: "INT. ST. BRENDAN'S - VESTRY", ie: "INT", dn: "DAY", pages: "1 3/8", location: "St. Brendan's Church", cast: "1, 2", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-07", day: 2, date: "2026-03-03", call: t("12:10"), wrap: t("14:00"), scene: "11", set: "EXT. CLIFF ROAD - PICKUP TRUCK", ie: "EXT", dn: "DAY", pages: "7/8", location: "Cliff Road", cast: "2", equipment: "Camera Package B, Picture Car - 1978 Pickup", notes: "2nd unit" },
  { id: "S-08", day: 2, date: "2026-03-03", call: t("13:00"), wrap: t("15:30"), scene: "10", set: "EXT. ST. BRENDAN'S - GRAVEYARD", ie: "EXT", dn: "DAY", pages: "1 6/8", location: "St. Brendan's Church", cast: "1, 5", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-09", day: 2, date: "2026-03-03", call: t("15:30"), wrap: t("18:00"), scene: "12", set: "INT. ST. BRENDAN'S - CONFESSIONAL", ie: "INT", dn: "DAY", pages: "2 1/8", location: "St. Brendan's Church", cast: "1", crew: MAIN, equipment: "Camera Package A" },
  // Day 3, Wed 4 Mar: Main Street Diner (permit until 10 Mar).
  { id: "S-10", day: 3, date: "2026-03-04", call: t("08:00"), wrap: t("10:30"), scene: "14", set: "INT. DINER - COUNTER", ie: "INT", dn: "DAY", pages: "2 4/8", location: "Main Street Diner", cast: "1, 4, 8", crew: MAIN, equipment: "Camera Package A", deadline: DINER_PERMIT },
  { id: "S-11", day: 3, date: "2026-03-04", call: t("10:30"), wrap: t("12:30"), scene: "15", set: "INT. DINER - BOOTH", ie: "INT", dn: "DAY", pages: "1 5/8", location: "Main Street Diner", cast: "1, 2", crew: MAIN, equipment: "Camera Package A", deadline: DINER_PERMIT },
  { id: "S-12", day: 3, date: "2026-03-04", call: t("13:30"), wrap: t("15:30"), scene: "16", set: "EXT. DINER - PARKING LOT", ie: "EXT", dn: "DAY", pages: "1", location: "Main Street Diner", cast: "2, 4", crew: MAIN, equipment: "Camera Package A, Picture Car - 1978 Pickup", deadline: DINER_PERMIT },
  { id: "S-13", day: 3, date: "2026-03-04", call: t("15:30"), wrap: t("18:00"), scene: "17", set: "INT. DINER - KITCHEN", ie: "INT", dn: "DAY", pages: "1 2/8", location: "Main Street Diner", cast: "1, 8", crew: MAIN, equipment: "Camera Package A", deadline: DINER_PERMIT },
  { id: "S-26", day: 3, date: "2026-03-04", call: "", wrap: "", scene: "18", set: "INSERT - ELENA'S LETTER", ie: "INT", dn: "DAY", pages: "1/8", location: "Stage 2", equipment: "Camera Package B", notes: "Insert, any time" },
  // Day 4, Thu 5 Mar: night shoot at the lighthouse (ends 02:00 Fri).
  { id: "S-14", day: 4, date: "2026-03-05", call: t("18:00"), wrap: t("21:00"), scene: "20", set: "EXT. LIGHTHOUSE - STORM", ie: "EXT", dn: "NIGHT", pages: "2 3/8", location: "Harbor Lighthouse", cast: "1, 2, 4", crew: LIGHTS, equipment: "Camera Package A, Generator 100kW", priority: "Critical" },
  { id: "S-15", day: 4, date: "2026-03-05", call: t("21:00"), wrap: t("23:30"), scene: "21", set: "INT. LIGHTHOUSE - LAMP ROOM", ie: "INT", dn: "NIGHT", pages: "1 7/8", location: "Harbor Lighthouse", cast: "1, 2", crew: LIGHTS, equipment: "Camera Package A, Generator 100kW" },
  { id: "S-16", day: 4, date: "2026-03-05", call: t("23:30"), wrap: t("02:00"), scene: "22", set: "EXT. LIGHTHOUSE - RESCUE", ie: "EXT", dn: "NIGHT", pages: "1 4/8", location: "Harbor Lighthouse", cast: "2, 3, 4", crew: LIGHTS, equipment: "Camera Package A, Generator 100kW", notes: "Ambulance on standby" },
  // Day 5, Fri 6 Mar: late call for the main unit after the night; 2nd unit pickup with Daniel at dawn.
  { id: "S-19", day: 5, date: "2026-03-06", call: "7:00 AM", wrap: t("09:00"), scene: "23", set: "EXT. CLIFF ROAD - DAWN", ie: "EXT", dn: "DAWN", pages: "4/8", location: "Cliff Road", cast: "2", equipment: "Camera Package B", notes: "2nd unit" },
  { id: "S-17", day: 5, date: "2026-03-06", call: t("15:30"), wrap: t("18:30"), scene: "25", set: "INT. DINER - BACK ROOM", ie: "INT", dn: "DUSK", pages: "2", location: "Main Street Diner", cast: "1, 3", crew: MAIN, equipment: "Camera Package A", deadline: DINER_PERMIT },
  { id: "S-18", day: 5, date: "2026-03-06", call: t("19:30"), wrap: t("23:00"), scene: "26", set: "EXT. MAIN STREET", ie: "EXT", dn: "NIGHT", pages: "1 6/8", location: "Main Street Diner", cast: "1, 3, 8", crew: LIGHTS, equipment: "Camera Package A, Generator 100kW" },
  { id: "S-20", day: 5, date: "2026-03-06", call: t("19:30"), wrap: t("21:00"), scene: "26A", set: "EXT. MAIN STREET - INSERT", ie: "EXT", dn: "NIGHT", pages: "1/8", location: "Main Street Diner", status: "Omitted", notes: "Cut in the blue revision" },
  // Day 6, Mon 9 Mar: Stage 2 hospital set, a long day for Maya.
  { id: "S-21", day: 6, date: "2026-03-09", call: t("06:30"), wrap: t("09:30"), scene: "30", set: "INT. HOSPITAL - ER", ie: "INT", dn: "DAY", pages: "3", location: "Stage 2", cast: "1, 3, 7", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-22", day: 6, date: "2026-03-09", call: t("09:30"), wrap: t("12:30"), scene: "31", set: "INT. HOSPITAL - CORRIDOR", ie: "INT", dn: "DAY", pages: "2 2/8", location: "Stage 2", cast: "1, 7", crew: MAIN, equipment: "Camera Package A, Crane 30ft" },
  { id: "S-23", day: 6, date: "2026-03-09", call: t("13:30"), wrap: t("16:30"), scene: "32", set: "INT. HOSPITAL - ELENA'S ROOM", ie: "INT", dn: "DAY", pages: "3 1/8", location: "Stage 2", cast: "1, 3", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-24", day: 6, date: "2026-03-09", call: t("16:30"), wrap: t("19:30"), scene: "33", set: "INT. HOSPITAL - ELENA'S ROOM - LATER", ie: "INT", dn: "DAY", pages: "2 5/8", location: "Stage 2", cast: "1, 2", crew: MAIN, equipment: "Camera Package A", priority: 1 },
  { id: "S-25", day: 6, date: "2026-03-09", call: "", wrap: "", scene: "34", set: "EXT. PORT WREN - ESTABLISHING", ie: "EXT", dn: "DAY", pages: "1/8", location: "Harbor Lighthouse", equipment: "Drone Kit", notes: "Drone plates, weather permitting" },
  // Day 7, Tue 10 Mar: the Diner again; Owen is also on a 2nd-unit scene at Cliff Road at the same time.
  { id: "S-30", day: 7, date: "2026-03-10", call: t("09:00"), wrap: t("11:00"), scene: "35", set: "INT. DINER - COUNTER", ie: "INT", dn: "DAY", pages: "1 4/8", location: "Main Street Diner", cast: "1, 7", crew: MAIN, equipment: "Camera Package A", deadline: DINER_PERMIT },
  { id: "S-32", day: 7, date: "2026-03-10", call: t("09:00"), wrap: t("11:00"), scene: "36", set: "INT. SHERIFF'S OFFICE", ie: "INT", dn: "DAY", pages: "1 2/8", location: "Stage 2", cast: "4", crew: "C6", equipment: "Camera Package B", notes: "Splinter unit" },
  { id: "S-33", day: 7, date: "2026-03-10", call: t("10:30"), wrap: t("12:00"), scene: "37", set: "EXT. CLIFF ROAD - CRUISER", ie: "EXT", dn: "DAY", pages: "6/8", location: "Cliff Road", cast: "4", equipment: "Drone Kit", notes: "2nd unit" },
  { id: "S-31", day: 7, date: "2026-03-10", call: t("12:00"), wrap: t("15:00"), scene: "38", set: "INT. DINER - BOOTH - NIGHT TALK", ie: "INT", dn: "DAY", pages: "2 6/8", location: "Main Street Diner", cast: "1, 2, 7", crew: MAIN, equipment: "Camera Package A", deadline: DINER_PERMIT },
  { id: "S-34", day: 7, date: "2026-03-10", call: t("15:00"), wrap: t("18:00"), scene: "39", set: "EXT. DINER - SIDEWALK", ie: "EXT", dn: "DAY", pages: "1 3/8", location: "Main Street Diner", cast: "1, 2", crew: MAIN, equipment: "Camera Package A", deadline: DINER_PERMIT },
  // Day 8, Wed 11 Mar: three units on Camera Package A (capacity 2); the Diner scene is after the permit.
  { id: "S-35", day: 8, date: "2026-03-11", call: t("08:00"), wrap: t("12:00"), scene: "40", set: "INT. HOSPITAL - CHAPEL", ie: "INT", dn: "DAY", pages: "3 4/8", location: "Stage 2", cast: "1, 7", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-36", day: 8, date: "2026-03-11", call: t("09:00"), wrap: t("11:00"), scene: "41", set: "INT. DINER - WINDOW", ie: "INT", dn: "DAY", pages: "5/8", location: "Main Street Diner", cast: "2", equipment: "Camera Package A", deadline: DINER_PERMIT, notes: "2nd unit" },
  { id: "S-37", day: 8, date: "2026-03-11", call: t("10:00"), wrap: t("11:30"), scene: "42", set: "EXT. LIGHTHOUSE - AERIAL, LAMP LIT", ie: "EXT", dn: "DAY", pages: "1/8", location: "Harbor Lighthouse", equipment: "Camera Package A, Drone Kit", dependsOn: "S-42", notes: "Splinter unit, VFX plate" },
  { id: "S-38", day: 8, date: "2026-03-11", call: t("13:00"), wrap: t("18:00"), scene: "43", set: "INT. HOSPITAL - ROOFTOP DOOR", ie: "INT", dn: "DAY", pages: "2 7/8", location: "Stage 2", cast: "1, 3", crew: MAIN, equipment: "Camera Package A" },
  // Day 9, Thu 12 Mar: 2nd unit on Stage 2 in the day; main unit night on Cliff Road.
  { id: "S-40", day: 9, date: "2026-03-12", call: t("12:00"), wrap: t("16:00"), scene: "45", set: "INT. HOSPITAL - WAITING ROOM", ie: "INT", dn: "DAY", pages: "2", location: "Stage 2", cast: "7, 8", crew: "C6", equipment: "Camera Package B", notes: "2nd unit" },
  { id: "S-39", day: 9, date: "2026-03-12", call: t("16:00"), wrap: t("18:00"), scene: "44", set: "INT. HOSPITAL - LOCKER ROOM", ie: "INT", dn: "DAY", pages: "1 1/8", location: "Stage 2", cast: "7", crew: "C6", equipment: "Camera Package B", notes: "2nd unit" },
  { id: "S-41", day: 9, date: "2026-03-12", call: t("19:00"), wrap: t("22:00"), scene: "46", set: "EXT. CLIFF ROAD - CRASH SITE", ie: "EXT", dn: "NIGHT", pages: "2 4/8", location: "Cliff Road", cast: "1, 4", crew: LIGHTS, equipment: "Camera Package A, Generator 100kW, Picture Car - 1978 Pickup", priority: "Urgent" },
  { id: "S-42", day: 9, date: "2026-03-12", call: t("22:00"), wrap: t("01:00"), scene: "47", set: "EXT. CLIFF ROAD - LENS INSTALLED", ie: "EXT", dn: "NIGHT", pages: "1 2/8", location: "Cliff Road", cast: "1, 4", crew: LIGHTS, equipment: "Camera Package A, Generator 100kW" },
  // Day 10, Fri 13 Mar: late call at the church after the night; Samuel comes back (drop and pickup).
  { id: "S-43", day: 10, date: "2026-03-13", call: t("15:00"), wrap: t("17:30"), scene: "50", set: "INT. ST. BRENDAN'S - NAVE - FUNERAL", ie: "INT", dn: "DAY", pages: "3", location: "St. Brendan's Church", cast: "1, 2, 4, 6, 7", crew: MAIN, equipment: "Camera Package A, Crane 30ft" },
  { id: "S-44", day: 10, date: "2026-03-13", call: t("17:30"), wrap: t("20:00"), scene: "51", set: "EXT. ST. BRENDAN'S - STEPS", ie: "EXT", dn: "DUSK", pages: "1 5/8", location: "St. Brendan's Church", cast: "1, 6", crew: MAIN, equipment: "Camera Package A" },
  { id: "S-45", day: 10, date: "2026-03-13", call: t("20:00"), wrap: t("22:00"), scene: "52", set: "EXT. LIGHTHOUSE PATH - WALK", ie: "EXT", dn: "NIGHT", pages: "1", location: "St. Brendan's Church", cast: "1", crew: LIGHTS, equipment: "Camera Package A, Generator 100kW", notes: "Path behind the church doubles for the lighthouse path" },
  { id: "S-46", day: 10, date: "2026-03-13", call: "", wrap: "", scene: "53", set: "EXT. HARBOR - MONTAGE", ie: "EXT", dn: "DAY", pages: "4/8", location: "Harbor Lighthouse", equipment: "Camera Package B", notes: "2nd unit, date only" },
];

function stripRow(s: Strip): SampleValue[] {
  return [
    s.id,
    s.day,
    s.dateText ?? d(s.date),
    s.call === "" ? null : s.call,
    s.wrap === "" ? null : s.wrap,
    s.scene,
    s.set,
    s.ie,
    s.dn,
    s.pages,
    s.location,
    s.cast ?? null,
    s.crew ?? null,
    s.equipment ?? null,
    s.dependsOn ?? null,
    s.deadline ? d(s.deadline) : null,
    s.priority ?? null,
    s.status ?? null,
    s.notes ?? null,
  ];
}

const AVAILABILITY: SampleValue[][] = [
  ["Resource", "From", "To", "Kind", "Notes"],
  [3, d("2026-03-05"), d("2026-03-05"), "unavailable", "Other booking (TV guest spot)"],
  [4, d("2026-03-09"), d("2026-03-09"), "travel", "Flies back from LA"],
  ["Grace Liu", "3/3/2026", null, "fitting", "Costume fitting, after school"],
  [8, d("2026-03-10"), d("2026-03-11"), "hold", "On hold for the diner pickups"],
  ["Crane 30ft", d("2026-03-05"), d("2026-03-06"), "unavailable", "Service"],
];

const MATERIALS: SampleValue[][] = [
  ["Item", "Quantity", "Needed For", "Needed By", "Delivery", "Vendor", "Status"],
  [
    "Period lighthouse lens (prop)",
    1,
    "S-15",
    null,
    d("2026-03-06") + t("10:00"),
    "Harbor Prop House",
    "Delayed at customs",
  ],
  ["Rain towers", 2, "S-14", null, d("2026-03-05") + t("12:00"), "Wetworks FX", "Confirmed"],
  ["Hospital bed rental", 3, null, d("2026-03-09"), d("2026-03-11"), "MedSet Rentals", "Back-ordered"],
  ["Funeral flowers", 12, "S-43", null, d("2026-03-13") + t("09:00"), "Port Wren Florist", "Ordered"],
];

const BUDGET: SampleValue[][] = [
  ["Account", "Description", "Budget"],
  [1100, "Cast - Principals", 90000],
  [1200, "Cast - Day Players", 12000],
  [2000, "Production Staff", 8000],
  [2100, "Camera Crew", 26000],
  [2200, "Electric & Grip", 12000],
  [2300, "Production Sound", 10000],
  [2400, "Makeup", 6000],
  [3100, "Camera Equipment", 14000],
  [3200, "Power & Generators", 3000],
  [3300, "Picture Vehicles", 1500],
];

const RULES: SampleValue[][] = [
  [
    "Rule Set",
    "Min Rest (h)",
    "Max Day (h)",
    "Max Consecutive Days",
    "Travel Buffer (min)",
    "OT After (h)",
    "OT Rate",
    "Drop Days",
  ],
  ["SAG-AFTRA", 12, 14, 6, 30, 10, 1.5, 7],
  ["IATSE", 10, 14, 6, 30, 12, 1.5, 10],
  ["Non-union", 10, 12, 4, 30, null, null, 10],
];

/** Every sheet of the sample workbook, in tab order. */
export function sampleSheets(): SampleSheet[] {
  const scheduleRows: SampleValue[][] = [
    ["The Lighthouse Keeper - Shooting Schedule (blue revision, 24 Feb 2026)"],
    [],
    SCHEDULE_HEADER,
    ...STRIPS.map(stripRow),
  ];
  // The coordinator's own colour: S-14's Set cell marked in the stripboard night-blue.
  const nightRow = 3 + STRIPS.findIndex((s) => s.id === "S-14");
  return [
    { name: "Production", rows: PRODUCTION.map((kv) => [...kv]), widths: [20, 60] },
    {
      name: "Schedule",
      rows: scheduleRows,
      table: { name: "Schedule", headerRow: 2 },
      formats: { 2: DATE_FORMAT, 3: TIME_FORMAT, 4: TIME_FORMAT, 15: "yyyy-mm-dd" },
      widths: [7, 9, 16, 10, 10, 8, 38, 7, 8, 7, 22, 14, 22, 48, 11, 12, 9, 10, 40],
      fills: [{ row: nightRow, col: 6, color: "#9DC3E6" }],
    },
    {
      name: "Cast",
      rows: [CAST_HEADER, ...CAST],
      table: { name: "Cast", headerRow: 0 },
      formats: { 5: MONEY_FORMAT },
      widths: [7, 18, 18, 12, 10, 10, 9, 11, 12, 16],
    },
    {
      name: "Crew",
      rows: [CREW_HEADER, ...CREW],
      formats: { 5: MONEY_FORMAT },
      widths: [6, 16, 24, 10, 10, 10, 9, 16],
    },
    {
      name: "Equipment",
      rows: [EQUIPMENT_HEADER, ...EQUIPMENT],
      table: { name: "Equipment", headerRow: 0 },
      formats: { 4: MONEY_FORMAT },
      widths: [6, 28, 12, 10, 10, 9],
    },
    { name: "Locations", rows: [LOCATIONS_HEADER, ...LOCATIONS], widths: [22, 34, 28, 22, 22] },
    {
      name: "Availability",
      rows: AVAILABILITY,
      table: { name: "Availability", headerRow: 0 },
      formats: { 1: "yyyy-mm-dd", 2: "yyyy-mm-dd" },
      widths: [14, 12, 12, 12, 34],
    },
    {
      name: "Materials",
      rows: MATERIALS,
      formats: { 3: "yyyy-mm-dd", 4: "yyyy-mm-dd h:mm" },
      widths: [30, 9, 11, 12, 17, 20, 20],
    },
    { name: "Travel Times", rows: TRAVEL, widths: [22, 22, 9] },
    {
      name: "Budget",
      rows: BUDGET,
      table: { name: "Budget", headerRow: 0 },
      formats: { 2: MONEY_FORMAT },
      widths: [9, 24, 12],
    },
    { name: "Rules", rows: RULES, table: { name: "Rules", headerRow: 0 }, widths: [12, 13, 12, 21, 19, 12, 9, 11] },
  ];
}

/** The shoot's fixed dates, for make-sample (workbook created/modified) and tests. */
export const SAMPLE_CREATED = new Date(Date.UTC(2026, 1, 24, 9, 0, 0));
