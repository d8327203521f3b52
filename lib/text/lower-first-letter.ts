/**
 * A sentence made into the rest of another one: "Edit of 'CSAT'" reads "Undo edit of 'CSAT'".
 * Only the first letter changes, so names quoted further on keep their case; a first word in
 * capitals (CSV, KPI) is an acronym or a name and keeps its case too.
 */
export function lowerFirstLetter(sentence: string): string {
  const [first = '', second = ''] = sentence;
  const acronym = isUpperCaseLetter(first) && isUpperCaseLetter(second);
  return acronym ? sentence : first.toLowerCase() + sentence.slice(first.length);
}

const isUpperCaseLetter = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
