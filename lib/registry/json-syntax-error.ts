/**
 * Why and where JSON.parse stopped, in words a person can act on: "a text in quotes is not
 * closed (line 3, column 17)". Engines word it differently: V8 "Unterminated string in JSON
 * at position 66 (line 1 column 67)", Firefox "JSON.parse: unterminated string at line 1
 * column 67 of the JSON data"; the place is read from either, or counted from the position.
 */
export function describeJsonSyntaxError(message: string, text: string): string {
  if (text.trim() === '') return 'the file is empty';
  if (text.trimStart().startsWith('<')) return 'it is a web page or XML, not a registry file';
  const match = /position (\d+)/i.exec(message);
  const position = match === null ? null : Number(match[1]);
  // V8 names what it expected at the end ("Expected ',' or ']'"): the file is cut short.
  const atEnd = position !== null && position >= text.trimEnd().length;
  const reason = atEnd && !/unterminated/i.test(message) ? ENDS_EARLY : reasonOf(message);
  return `${reason}${placeOf(message, text, position)}`;
}

const ENDS_EARLY = 'the file ends too early (it may be cut short)';
const REASONS: readonly (readonly [RegExp, string])[] = [
  [/unterminated string/i, 'a text in quotes is not closed'],
  [/end of (json )?(input|data)/i, ENDS_EARLY],
  [/control character/i, 'a line break or tab sits inside quotes'],
  [
    /expected ',' or|expected ','|after (array element|property value)/i,
    'a comma or a closing bracket is missing',
  ],
  [/property name|double-quoted/i, 'a name is not in double quotes, or a comma is left over'],
  [
    /unexpected non-whitespace|after json data|unexpected data/i,
    'there is more after the end of the data',
  ],
];

function reasonOf(message: string): string {
  for (const [pattern, reason] of REASONS) if (pattern.test(message)) return reason;
  return 'an unexpected character';
}

/** Where: the engine's line and column when it gives them, else counted from the position. */
function placeOf(message: string, text: string, position: number | null): string {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  if (position === null) return '';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}
