// Sort orders shared by every stage that writes something out.

/** Code-unit order (what `<` compares): independent of the machine's locale, so the same output everywhere. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
