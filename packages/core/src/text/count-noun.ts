/**
 * A count with its noun, singular or plural by the English plural rule: "1 defect", "0 defects",
 * "2 reviews", "1.5 days". One helper for every place that prints a count with a noun, so none says
 * "1 defects". `format` renders the number (default: toLocaleString for integers, one decimal otherwise);
 * `plural` for nouns that do not take an -s.
 */
export function countNoun(
  n: number,
  singular: string,
  plural = `${singular}s`,
  format: (n: number) => string = defaultFormat,
): string {
  return `${format(n)} ${n === 1 ? singular : plural}`;
}

function defaultFormat(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en') : n.toFixed(1);
}
