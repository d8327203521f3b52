import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError } from '../../../lib/registry/json-syntax-error';

/** What this engine (V8, as in Chrome) says of a text. */
function v8Message(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the text parsed');
}

describe('describeJsonSyntaxError: why and where, in words', () => {
  it.each([
    ['{"metrics": [{"name": "Bounce rate}]}', 'a text in quotes is not closed (line 1, column 38)'],
    [
      '{\n  "metrics": [\n    {"name": "A"}',
      'the file ends too early (it may be cut short) (line 3, column 18)',
    ],
    [
      '{\n  "metrics": [\n    {"name": "A"} {"name": "B"}\n  ]\n}',
      'a comma or a closing bracket is missing (line 3, column 19)',
    ],
    [
      "{\n  'metrics': []\n}",
      'a name is not in double quotes, or a comma is left over (line 2, column 3)',
    ],
    ['{"metrics": []} trailing', 'there is more after the end of the data'],
    ['{"notes": "two\nlines"}', 'a line break or tab sits inside quotes'],
  ])('%j -> %j', (text, words) => {
    const said = describeJsonSyntaxError(v8Message(text), text);
    expect(said).toContain(words);
    expect(said).not.toMatch(/position|JSON/);
  });

  it("reads Firefox's wording too", () => {
    const text = '{"metrics": [{"name": "Bounce rate}]}';
    expect(
      describeJsonSyntaxError(
        'JSON.parse: unterminated string at line 1 column 23 of the JSON data',
        text,
      ),
    ).toBe('a text in quotes is not closed (line 1, column 23)');
  });

  it('names an empty file and a web page saved by mistake', () => {
    expect(describeJsonSyntaxError(v8Message(' \n'), ' \n')).toBe('the file is empty');
    const page = '<!doctype html><html><body>Registry</body></html>';
    expect(describeJsonSyntaxError(v8Message(page), page)).toBe(
      'it is a web page or XML, not a registry file',
    );
  });
});
