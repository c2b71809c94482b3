// Control characters on purpose: these are what must never reach a log raw.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text from a request made safe to log: control characters (newlines, NUL,
 * escape sequences) and the Unicode line separators become `\uXXXX`, so one
 * value can never start a forged log line or reach a terminal raw. Non-text
 * values are shown as JSON, cut to `max` characters.
 *
 * @public
 */
export function printable(value: unknown, max = 200): string {
  const text =
    typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const escaped = text.replace(
    UNSAFE,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
