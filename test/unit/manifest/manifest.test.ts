/** The manifest, checked offline with office-addin-manifest's parser (validate needs the internet). */
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const manifestPath = join(__dirname, "..", "..", "..", "manifest.xml");

/**
 * office-addin-manifest pulls in an ESM-only dependency that jest's CommonJS runtime cannot load,
 * so the parser runs in a plain Node child process and hands back its ManifestInfo as JSON.
 */
function readManifestInfo(path: string) {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(String(e)); process.exit(1); });";
  return JSON.parse(execFileSync(process.execPath, ["-e", script, path], { encoding: "utf8" }));
}

describe("manifest.xml", () => {
  test("parses and describes an Excel task pane add-in with read/write access", () => {
    const info = readManifestInfo(manifestPath);
    expect(info.displayName).toBe("Production Coordinator");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test("requires ExcelApi 1.9 and puts Requirements between Hosts and DefaultSettings", () => {
    const xml = readFileSync(manifestPath, "utf8");
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
    const hosts = xml.indexOf("<Hosts>");
    const req = xml.indexOf("<Requirements>");
    const defaults = xml.indexOf("<DefaultSettings>");
    expect(hosts).toBeGreaterThan(0);
    expect(req).toBeGreaterThan(hosts);
    expect(defaults).toBeGreaterThan(req);
  });

  test("has a Home-tab button that shows the task pane, and every icon it names exists", () => {
    const xml = readFileSync(manifestPath, "utf8");
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    const icons = [...xml.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of new Set(icons)) {
      expect(() => readFileSync(join(__dirname, "..", "..", "..", "assets", icon))).not.toThrow();
    }
  });
});
