/** Office.js errors in a coordinator's words. */

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Finish editing the cell (press Enter or Esc), then try again.",
  ItemNotFound: "A sheet or table the add-in needed is gone (renamed or deleted while it ran). Run the check again.",
  ItemAlreadyExists: "A sheet or table with that name already exists. Rename or delete it, then run again.",
  RequestPayloadSizeLimitExceeded:
    "The workbook is too large to update in one go from Excel on the web. Try Excel desktop, or check fewer sheets.",
  ResponsePayloadSizeLimitExceeded:
    "The workbook is too large to read in one go from Excel on the web. Try Excel desktop, or hide sheets you don't need checked.",
  GeneralException:
    "Excel could not finish the update (it may be busy or the workbook too large). Wait a moment and try again.",
  InvalidArgument: "Excel rejected a value the add-in tried to write. Please report this with the workbook.",
  AccessDenied: "The workbook is read-only or protected. Unprotect it or save a copy, then try again.",
  InactiveWorkbook: "The workbook is no longer active. Click into it, then try again.",
  InvalidOperation: "Excel refused that change (for example, deleting the last visible sheet).",
  // Our own: an Excel before ExcelApi 1.7 has no change events for add-ins.
  LiveCheckUnsupported:
    "this Excel does not tell add-ins when a sheet changes. Press Check schedule after a change instead.",
};

/** An error with one of the codes above, for a case the add-in itself detects. */
export function codedError(code: keyof typeof MESSAGES & string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** A short message for the task pane; unknown errors keep their own text. */
export function friendlyError(e: unknown): string {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code === "string" && MESSAGES[code]) return MESSAGES[code];
  if (e instanceof Error && e.message) return `Something went wrong: ${e.message}`;
  return `Something went wrong: ${String(e)}`;
}

/** The Office error code of an error, if it has one. */
export function errorCode(e: unknown): string | undefined {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}
