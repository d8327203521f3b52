import { describe, expect, it } from 'vitest';
import { lookerStudioValueQuirks } from '../../lib/adapters/looker-studio/values';
import { valueQuirksFor } from '../../lib/adapters/value-quirks-for-host';

describe('value-reading quirks by host', () => {
  it.each([
    ['lookerstudio.google.com', lookerStudioValueQuirks],
    ['datastudio.google.com', lookerStudioValueQuirks],
    ['analytics.google.com', undefined],
    ['notlookerstudio.google.com.evil.io', undefined],
  ])('%s', (host, quirks) => {
    expect(valueQuirksFor(host)).toBe(quirks);
  });
});
