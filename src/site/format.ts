// Display formatting shared by pages (pure).

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A site has a few hundred distinct dates and shows them ~100,000 times (every list of articles).
const formatted = new Map<string, string>();

/** '2025-02-25' → '25 February 2025', '2018-04' (a page that gives no day) → 'April 2018' (no time zone involved). */
export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    text = !y || !m ? iso : d ? `${d} ${months[m - 1] ?? ''} ${y}` : `${months[m - 1] ?? ''} ${y}`;
    formatted.set(iso, text);
  }
  return text;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
