import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/adapters/known-hosts';
describe('known hosts', () => {
  it('includes localhost for the demo', () => {
    expect(CONTENT_SCRIPT_MATCHES).toContain('http://localhost/*');
  });
});
