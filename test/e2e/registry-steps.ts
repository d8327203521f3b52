import type { Page } from '@playwright/test';
import { loadSampleRegistry } from './overlay-page';

/** The registry page with the sample registry loaded, at `hash` (`#tab=health`, `#metric=csat`). */
export async function optionsWithSample(
  openExtensionPage: (file: string) => Promise<Page>,
  hash = '',
): Promise<Page> {
  const options = await loadSampleRegistry(openExtensionPage);
  if (hash) await options.goto(`${options.url().split('#')[0]}${hash}`);
  return options;
}
