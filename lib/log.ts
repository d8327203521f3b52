/** Logging for development builds only: the content script runs on every analytics page. */
export const log = {
  debug: (...args: unknown[]): void => {
    if (import.meta.env?.DEV) console.debug('[KPI Lens]', ...args);
  },
  warn: (...args: unknown[]): void => {
    console.warn('[KPI Lens]', ...args);
  },
};
