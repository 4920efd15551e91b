// Browser test of the preview page: serves dist/ statically and drives the pane like a coordinator.
// Prints "e2e: N passed, M failed" and exits non-zero on any failure.
import { createServer } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, copyFileSync, rmSync, readdirSync } from "node:fs";
import { execSync } from "node:child_process";
import { tmpdir } from "node:os";
import { URL } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";
import { pageScriptSizes } from "./bundle-size.mjs";

const root = path.resolve(path.dirname(process.argv[1]), "../..");
const dist = path.join(root, "dist");
const outDir = path.join(root, "test-output", "e2e");
const TTI_BUDGET_MS = 1500;
const TASKPANE_GZIP_LIMIT = 300 * 1024;

async function main() {
  if (!existsSync(path.join(dist, "preview.html"))) {
    console.log("dist/preview.html missing: building…");
    execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
  }
  mkdirSync(outDir, { recursive: true });
  mkdirSync(path.join(root, "docs", "images"), { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith(".png")) rmSync(path.join(outDir, f));

  const TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".map": "application/json",
    ".png": "image/png",
    ".xml": "text/xml",
    ".css": "text/css",
  };
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(dist, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  const profile = mkdtempSync(path.join(tmpdir(), "pc-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));

  let passed = 0;
  let failed = 0;
  async function step(name, fn) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ok   ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`  FAIL ${name}: ${e instanceof Error ? e.message.split("\n")[0] : e}`);
      await page.screenshot({ path: path.join(outDir, `fail-${passed + failed}.png`) }).catch(() => {});
    }
  }
  function assert(cond, message) {
    if (!cond) throw new Error(message);
  }
  const shot = (name) => page.screenshot({ path: path.join(outDir, name), fullPage: false });
  const pane = page.locator(".preview-pane");
  const tabs = () => page.locator(".wb-tabs [role=tab]").allTextContents();

  console.log(`e2e: preview at ${base}/preview.html`);

  await step("opens and becomes interactive; no horizontal scroll at 320 px", async () => {
    // Time to interactive: navigation start -> "Check schedule" enabled. Median of three loads, since the
    // first load after launching Chromium also pays for the browser's own start-up.
    const ttis = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${base}/preview.html`);
      await page.waitForFunction(() => {
        const b = [...document.querySelectorAll(".preview-pane button")].find((x) =>
          /Check schedule/.test(x.textContent ?? ""),
        );
        return b && !b.disabled;
      });
      ttis.push(Math.round(await page.evaluate(() => performance.now())));
    }
    const tti = [...ttis].sort((a, b) => a - b)[1];
    console.log(`       time to interactive: ${tti} ms median (loads: ${ttis.join(", ")} ms)`);
    await shot("01-open.png");
    // A figure for docs/performance.md (budget 1.5 s), not a timed assertion: a loaded CI machine must not fail it.
    if (tti > TTI_BUDGET_MS) console.log(`       note: over the ${TTI_BUDGET_MS} ms budget on this run`);
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 320, height: 700 });
    await narrow.goto(`${base}/preview.html?pane=only`);
    await narrow.getByRole("button", { name: /Check schedule/ }).click();
    await narrow
      .getByText(/findings/)
      .first()
      .waitFor();
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await narrow.screenshot({ path: path.join(outDir, "02-pane-320px.png"), fullPage: true });
    await narrow.close();
    copyFileSync(path.join(outDir, "02-pane-320px.png"), path.join(root, "docs", "images", "taskpane-320px.png"));
    assert(overflow <= 0, `horizontal scroll of ${overflow} px at 320 px`);
  });

  await step("Check finds the double booking", async () => {
    await pane.getByRole("button", { name: /Check/ }).first().click();
    await pane.locator("[data-finding]").first().waitFor();
    const text = (await pane.innerText()).toLowerCase();
    assert(/double-booked|double booking/.test(text), "no double booking in the findings");
    const status = await pane.getByRole("status").innerText();
    assert(/\d+ errors/.test(status), `summary says: ${status}`);
    await shot("03-checked.png");
  });

  await step("filter by severity and search narrow the list", async () => {
    const count = () => pane.locator("[data-finding]").count();
    const all = await count();
    await pane.getByRole("searchbox").fill("zzzz-no-such-thing");
    await page.waitForFunction(() => document.querySelectorAll(".preview-pane [data-finding]").length === 0);
    await pane.getByRole("searchbox").fill("double");
    await page.waitForFunction(() => document.querySelectorAll(".preview-pane [data-finding]").length > 0);
    const searched = await count();
    assert(searched > 0 && searched <= all, `search kept ${searched} of ${all}`);
    await pane.getByRole("searchbox").fill("");
    await pane.getByRole("combobox", { name: /Show/ }).click();
    await page.getByRole("option", { name: "Warnings" }).click();
    const badges = await pane.locator("[data-finding] .fui-Badge").allTextContents();
    assert(
      badges.every((b) => b === "Warning"),
      `non-warnings shown: ${badges.join(",")}`,
    );
    await pane.getByRole("combobox", { name: /Show/ }).click();
    await page.getByRole("option", { name: "All" }).click();
    await page.waitForFunction((n) => document.querySelectorAll(".preview-pane [data-finding]").length === n, all);
  });

  await step("clicking a finding selects its cells in the grid", async () => {
    const finding = pane.locator("[data-finding][title^='Select']").first();
    await finding.click();
    await page.locator(".wb-grid td.wb-selected").first().waitFor({ timeout: 5000 });
    const n = await page.locator(".wb-grid td.wb-selected").count();
    assert(n > 0, "nothing selected");
    await shot("04-selected.png");
    copyFileSync(path.join(outDir, "04-selected.png"), path.join(root, "docs", "images", "taskpane-preview.png"));
  });

  await step("Generate writes a call sheet", async () => {
    await pane.getByRole("tab", { name: "Generate" }).click();
    await pane.getByRole("button", { name: "Generate" }).click();
    await page.waitForFunction(
      () => [...document.querySelectorAll(".wb-tabs [role=tab]")].some((t) => /^Call Sheet/.test(t.textContent ?? "")),
      null,
      { timeout: 10000 },
    );
    const names = await tabs();
    assert(
      names.some((n) => n.startsWith("Call Sheet")),
      `tabs: ${names.join(", ")}`,
    );
    await page
      .locator(".wb-tabs [role=tab]", { hasText: /^Call Sheet/ })
      .first()
      .click();
    await shot("05-call-sheet.png");
  });

  await step("Clear removes the generated sheets", async () => {
    await pane.getByRole("button", { name: /Clear/ }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /highlights and sheets/ })
      .click();
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll(".wb-tabs [role=tab]")].some((t) =>
          /^(Call Sheet|DOOD|Priorities|Cost Report|Conflicts)/.test(t.textContent ?? ""),
        ),
      null,
      { timeout: 10000 },
    );
    const names = await tabs();
    assert(!names.some((n) => /^(Call Sheet|DOOD|Conflicts)/.test(n)), `tabs left: ${names.join(", ")}`);
    await shot("06-cleared.png");
  });

  if (pageErrors.length) console.log(`  page errors:\n    ${pageErrors.join("\n    ")}`);
  const size = pageScriptSizes(dist, "taskpane.html");
  console.log(`  taskpane.html JS: ${(size.gzip / 1024).toFixed(1)} KB gzipped (limit 300 KB)`);
  if (size.gzip > TASKPANE_GZIP_LIMIT) {
    failed++;
    console.log("  FAIL taskpane bundle over 300 KB gzipped");
  }
  const bundleText = size.files.map((f) => readFileSync(path.join(dist, f.file), "utf8")).join("\n");
  if (/SimulatedExcel|exceljs/i.test(bundleText)) {
    failed++;
    console.log("  FAIL taskpane bundle contains ExcelJS or the simulated Excel");
  }

  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed;
}

main().then(
  (failed) => process.exit(failed === 0 ? 0 : 1),
  (e) => {
    console.error(e);
    console.log("e2e: 0 passed, 1 failed");
    process.exit(1);
  },
);
