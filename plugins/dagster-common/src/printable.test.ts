import { printable } from './printable';

describe('printable', () => {
  it('escapes newlines, NUL, escape sequences and line separators', () => {
    expect(printable('claims\r\nFORGED 200 OK')).toBe(
      'claims\\u000d\\u000aFORGED 200 OK',
    );
    expect(printable('a\u0000b\u001b[31mc\u2028d')).toBe(
      'a\\u0000b\\u001b[31mc\\u2028d',
    );
  });

  it('keeps ordinary text, emoji included, and shows other values as JSON', () => {
    expect(printable('road-safety 😀')).toBe('road-safety 😀');
    expect(printable(['OFFICIAL'])).toBe('["OFFICIAL"]');
    expect(printable(undefined)).toBe('undefined');
  });

  it('cuts long values', () => {
    expect(printable('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
