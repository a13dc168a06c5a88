/**
 * SECURITY.md item 13: a text cell that a spreadsheet would read as a formula (it begins with
 * = + - @, a tab or a carriage return) is exported as text, prefixed with an apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
