/**
 * A quick look at the 50k page only (floor, ours at 10 / 1,000 / 5,000 names, incremental),
 * for iterating on the scanner: `npx tsx bench/quick-50k.ts`. Not the report: see run.ts.
 */
import type { Page } from '@playwright/test';
import type { InTurns } from './page-entry';
import { openBenchPage } from './bench-page';

async function call<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([fn, fnArgs]) =>
      (globalThis as unknown as { kpiBench: Record<string, (...a: unknown[]) => unknown> })
        .kpiBench[fn as string]!(...(fnArgs as unknown[])),
    [name, args] as const,
  ) as Promise<T>;
}

const { browser, page } = await openBenchPage(['--js-flags=--expose-gc']);
const nodes = await call<number>(page, 'build', 50_000);
const out: string[] = [`${nodes} nodes`];
for (const names of [10, 1_000, 5_000]) {
  await call(page, 'setRegistry', names, 1);
  const {
    floor,
    ours,
    oursTextOnly: text,
    oursShadowSearch: shadow,
  } = await call<InTurns>(page, 'inTurns', 15);
  const hits = await call<number>(page, 'oursHits');
  out.push(
    `${names}: floor ${floor.toFixed(2)} ours ${ours.toFixed(2)} (${(ours / floor).toFixed(2)}x) text ${(text / floor).toFixed(2)}x shadow ${(shadow / floor).toFixed(2)}x hits ${hits}`,
  );
}
await call(page, 'setRegistry', 1_000, 1);
const inc = await call<{ fullMs: number; incrementalMs: number; changed: number }>(
  page,
  'incremental',
  0.01,
  7,
);
out.push(
  `incremental ${inc.incrementalMs.toFixed(2)} / full ${inc.fullMs.toFixed(2)} = ${(inc.incrementalMs / inc.fullMs).toFixed(3)} (${inc.changed})`,
);
console.log(out.join('\n'));
await browser.close();
