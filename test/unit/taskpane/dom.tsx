/** Shared jsdom scaffolding for the pane's React tests: a fresh root per test and small DOM helpers. */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

/**
 * What React and Fluent need of jsdom: act() knows it is in a test, and a ResizeObserver exists (jsdom has none;
 * Fluent's MessageBar only needs it to be there). Call once at a test file's top level.
 */
export function installJsdomGlobals(): void {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** Registers beforeEach/afterEach that mount a fresh React root; call inside a test file's top level. */
export function useFreshRoot(): () => Root {
  let root: Root;
  beforeEach(() => {
    const container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    document.body.innerHTML = "";
  });
  return () => root;
}

/** Lets effects, promises and timers queued by the pane run to completion. */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

export async function click(el: Element): Promise<void> {
  await act(async () => (el as HTMLElement).click());
  await settle();
}

/** The first element matching `selector` whose text matches `name`; throws when there is none. */
export function byText(selector: string, name: RegExp): HTMLElement {
  const el = [...document.querySelectorAll(selector)].find((x) => name.test(x.textContent ?? ""));
  if (!el) throw new Error(`no ${selector} ${name}`);
  return el as HTMLElement;
}
