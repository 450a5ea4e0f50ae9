// Quote detection and speaker attribution, rule-based in the spirit of the Gender Gap Tracker:
// quotes/spans.ts finds quotation spans, quotes/attribute.ts judges which are quotes and who said them
// (with quotes/people.ts resolving names, pronouns and roles, and the words of quotes/lexicon.ts).
export { findQuotationSpans, type QuotationSpan } from './quotes/spans.ts';
export { findQuotes } from './quotes/attribute.ts';
