import { defineConfig } from 'wxt';
import { KNOWN_ANALYTICS_HOSTS, SELF_HOSTED_DEV_HOSTS } from './lib/adapters/known-hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'KPI Lens',
    description:
      'Shows which numbers on your analytics dashboards are KPIs, which explain them, and which are vanity.',
    // unlimitedStorage: the registry and its last 20 backups live in IndexedDB and must never
    // be evicted under storage pressure ("nothing they typed may ever be lost").
    // scripting: to run the content script on the sites a person adds (optional host
    // permissions), registered at run time since they are not in the manifest.
    // activeTab: tagging works on any page the popup is opened on, even one not listed here.
    // contextMenus: "Tag “…” in KPI Lens" on selected text.
    permissions: ['unlimitedStorage', 'scripting', 'activeTab', 'contextMenus'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open KPI Lens for this page',
      },
    },
    host_permissions: [...KNOWN_ANALYTICS_HOSTS, ...SELF_HOSTED_DEV_HOSTS],
    // Every other domain is the user's choice, requested from a click.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'KPI Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kpi-lens@kpi-lens.app',
              // 140: the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
