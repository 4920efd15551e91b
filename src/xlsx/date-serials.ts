/**
 * The serial each date cell had in the file. ExcelJS reads a number shown as a date into a Date, rounded to the
 * millisecond, and writes it back through another sum: the copy's serial can differ from the file's in its last
 * digits (46086.60416666666, as openpyxl writes 14:30 on a date, came back as 46086.604166666664). ExcelJS turns
 * every one through `utils.excelToDate`; wrapped here, it still returns the same Date, and each Date it made is
 * remembered with the number it came from, so the copy's writer can put that number back exactly.
 */
// ExcelJS's own module (the package's entry requires lib/, so this is the instance its cell reader calls).
const utils = require("exceljs/lib/utils/utils") as {
  excelToDate(v: number, date1904?: boolean): Date;
  __keepsSerials?: boolean;
};

const serials = new WeakMap<Date, number>();

if (!utils.__keepsSerials) {
  const excelToDate = utils.excelToDate.bind(utils);
  utils.excelToDate = (v: number, date1904?: boolean): Date => {
    const date = excelToDate(v, date1904);
    serials.set(date, v);
    return date;
  };
  utils.__keepsSerials = true;
}

/** The number a Date read by ExcelJS came from, if it was read from a file in this process. */
export function fileSerialOf(date: Date): number | undefined {
  return serials.get(date);
}
