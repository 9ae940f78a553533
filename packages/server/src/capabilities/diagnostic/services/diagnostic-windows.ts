/** The diagnostic reads three consecutive 30-day windows ending now: the trend, oldest first; the last is current. */
export interface Window {
  from: Date;
  to: Date;
}

export const WINDOW_DAYS = 30;
const DAY = 86_400_000;

export function diagnosticWindows(now: Date, count = 3): Window[] {
  return Array.from({ length: count }, (_, i) => {
    const to = new Date(now.getTime() - (count - 1 - i) * WINDOW_DAYS * DAY);
    return { from: new Date(to.getTime() - WINDOW_DAYS * DAY), to };
  });
}

export const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY);
