/** Which ExcelApi requirement sets the host supports (Office.context.requirements). */

/** True when ExcelApi `version` is supported; false when Office is not available (tests without a host). */
export function excelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
