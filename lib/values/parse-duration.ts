/**
 * Durations as analytics tools print them -> seconds: `2m 35s`, `1h 02m`, `45s`, `350ms`,
 * `3d 4h`, `2 min 35 sec`, `00:02:35`. Pure.
 */

const SECONDS_PER: Record<string, number> = {
  ms: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
};

// A number and a unit, optionally followed by more of them; `m` is minutes here, never millions
// (tools print millions as an upper-case `M`, which is not a duration unit).
const PART =
  /(\d+(?:[.,]\d+)?)\s*(ms|secs?|seconds?|s|mins?|minutes?|m|hrs?|hours?|h|days?|d)(?![a-z])/gy;
const CLOCK = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/;

/**
 * Seconds, or null when the text is not a duration. Units must fall in descending order and
 * appear once each (`35s 2m` is not a duration). A two-part clock (`2:35`) is refused: it
 * reads as minutes:seconds or as a time of day, and a time of day is not a value.
 */
export function parseDuration(text: string): number | null {
  const clock = CLOCK.exec(text);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  let seconds = 0;
  let lastScale = Infinity;
  let at = 0;
  PART.lastIndex = 0;
  while (at < text.length) {
    PART.lastIndex = at;
    const part = PART.exec(text);
    if (!part) return null;
    const scale = SECONDS_PER[part[2] ?? ''];
    if (scale === undefined || scale >= lastScale) return null;
    lastScale = scale;
    seconds += Number((part[1] ?? '').replace(',', '.')) * scale;
    at = PART.lastIndex;
    while (text[at] === ' ') at += 1;
  }
  return at > 0 && Number.isFinite(seconds) ? Number(seconds.toFixed(3)) : null;
}
