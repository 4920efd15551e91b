/**
 * Fixed texts of the generated sheets' layouts, shared by the layouts that write them (src/core/writeplan) and the
 * parser that recognises a copy of one (src/core/parse/generated-layouts.ts): a coordinator keeps last week's call
 * sheet as a copy, and the copy must not be read as a Production table or a schedule.
 */
export const COST_REPORT_TITLE = "Cost Report";
export const COST_REPORT_NOTE = "Planned cost from rates and scheduled hours, against the Budget table.";
export const DOOD_TITLE = "Day Out of Days";
/** The DOOD's line under its title when nothing is scheduled (else "N shoot days, …"). */
export const DOOD_NO_DAYS = "No shoot days scheduled.";
export const CALL_SHEET_TITLE = "CALL SHEET";
export const GENERAL_CREW_CALL = "GENERAL CREW CALL";
