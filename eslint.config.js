import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules', '.output', '.wxt', 'artifacts', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Page and registry text reach the screen only through Preact or textContent.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Use Preact or textContent: page and registry text is untrusted.',
        },
        {
          property: 'outerHTML',
          message: 'Use Preact or textContent: page and registry text is untrusted.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML strings.',
        },
      ],
    },
  },
  {
    // Components are props in, callbacks out: no browser APIs inside.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['wxt/browser', 'webextension-polyfill'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    // The store belongs to the background only; lib/match is pure.
    files: ['lib/match/**/*.ts', 'lib/registry/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window'] },
  },
);
