/** File handling for the CLI: recognising what a file is before ExcelJS sees it, safe outputs. */
import { promises as fs, constants as fsConstants } from "fs";
import * as path from "path";

/** A problem that stops the run (exit 2) with one line for the user. */
export class CliError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** Checks the input exists and looks like an .xlsx (a zip); throws CliError saying what it is instead. */
export async function inspectInput(file: string): Promise<{ size: number }> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: file not found`);
    if (code === "EACCES") throw new CliError(`${file}: permission denied`);
    throw new CliError(`${file}: cannot read (${code ?? String(e)})`);
  }
  if (stat.isDirectory()) throw new CliError(`${file}: is a folder, not an .xlsx file`);
  if (stat.size === 0) throw new CliError(`${file}: the file is empty`);
  const head = Buffer.alloc(8);
  let handle;
  try {
    handle = await fs.open(file, "r");
    await handle.read(head, 0, 8, 0);
  } catch (e) {
    throw new CliError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    await handle?.close();
  }
  if (startsWith(head, OLE_MAGIC)) {
    throw new CliError(
      `${file}: the workbook is password-protected (encrypted) or an old .xls file; remove the password or save it as .xlsx`,
    );
  }
  if (startsWith(head, EMPTY_ZIP_MAGIC)) throw new CliError(`${file}: not an .xlsx workbook (empty zip archive)`);
  if (!startsWith(head, ZIP_MAGIC)) {
    throw new CliError(
      `${file}: not an .xlsx workbook (a .csv or another file renamed .xlsx?); save it from Excel as .xlsx`,
    );
  }
  return { size: stat.size };
}

/** The canonical path of a file, or of where it would be created (its folder resolved, links followed). */
async function canonical(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** True when two paths name the same file (same path after links, or same inode). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ca, cb] = await Promise.all([canonical(a), canonical(b)]);
  if (ca === cb) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes a file atomically: a temporary file in the same folder, then a rename. Nothing is left on failure. */
export async function writeFileAtomic(file: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try {
    await fs.access(dir, fsConstants.W_OK);
  } catch {
    throw new CliError(`${file}: cannot write there (folder missing or read-only)`);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CliError(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
