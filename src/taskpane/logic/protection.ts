/**
 * What the pane says when protection kept part of a write or a Clear from happening: Excel refuses to change a
 * protected sheet's conditional formats (the highlights) and, with the workbook's structure protected, to add or
 * delete sheets. The rest is written; these lines say what was not, and how to get it.
 */

/** What protection kept a write from doing (src/excel's ApplyResult has these fields). */
export interface WriteOutcome {
  /** Protected sheets that would have been highlighted. */
  protectedSheets: string[];
  /** No sheet was written: the workbook's structure is protected. */
  sheetsSkipped: boolean;
}

/** What protection kept a Clear from removing (src/excel's ClearResult has these fields). */
export interface ClearOutcome {
  highlightsLeft: number;
  sheetsLeft: number;
}

/** "Schedule", "Schedule and Cast", "Schedule, Cast and Crew". */
function listOf(names: string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The sentences to add to the notice after a write; "" when everything was written. */
export function writeNote(outcome: WriteOutcome | null | undefined | void): string {
  if (!outcome) return "";
  const notes: string[] = [];
  const sheets = outcome.protectedSheets;
  if (sheets.length > 0) {
    notes.push(
      `No highlights on ${listOf(sheets)}: ${sheets.length === 1 ? "the sheet is" : "the sheets are"} protected ` +
        "(Review > Unprotect Sheet, then check again; the Conflicts sheet lists every finding).",
    );
  }
  if (outcome.sheetsSkipped) {
    notes.push(
      "No sheets were written: the workbook's structure is protected (Review > Protect Workbook turns it off).",
    );
  }
  return notes.join(" ");
}

/** The sentences to add to the notice after a Clear; "" when everything was removed. */
export function clearNote(outcome: ClearOutcome | null | undefined | void): string {
  if (!outcome) return "";
  const notes: string[] = [];
  const h = outcome.highlightsLeft;
  if (h > 0)
    notes.push(`${h} highlight${h === 1 ? " stays" : "s stay"} on protected sheets until they are unprotected.`);
  const s = outcome.sheetsLeft;
  if (s > 0) {
    notes.push(
      `${s} generated sheet${s === 1 ? " stays" : "s stay"}: the workbook's structure is protected (Review > Protect Workbook).`,
    );
  }
  return notes.join(" ");
}
