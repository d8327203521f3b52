import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES, toolOfPattern } from '../../../lib/adapters/known-hosts';

describe('the built-in sites, as the Sites tab lists them', () => {
  it('names the tool of every pattern the content script runs on', () => {
    for (const pattern of CONTENT_SCRIPT_MATCHES) expect(toolOfPattern(pattern)).toBeTruthy();
    expect(toolOfPattern('https://analytics.google.com/*')).toBe('Google Analytics 4');
    expect(toolOfPattern('http://localhost/*')).toMatch(/^This computer/);
  });

  it('names nothing else', () => {
    expect(toolOfPattern('https://metabase.acme.com/*')).toBeUndefined();
  });
});
