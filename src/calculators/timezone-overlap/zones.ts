/**
 * Time-zone arithmetic on the platform's own data (Intl, the browser's or Node's ICU tables):
 * no time-zone library. A zone's offset from UTC is read with formatToParts, so daylight
 * saving and half-hour or 45-minute zones come out as the zone's rules say.
 */

const DAY = 1440;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether the platform knows the zone; a name it does not know throws a RangeError. */
function known(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA name ("Europe/Berlin", "utc"), or a bare city that ends one ("Singapore",
 * "new york"), as the zone name the platform knows; undefined when it knows neither.
 */
export function resolveZone(text: string): string | undefined {
  const name = text.trim();
  if (!name || name.length > 64) return undefined;
  if (known(name)) return name.includes('/') || /^(utc|gmt)$/i.test(name) ? name : cityZone(name) ?? name;
  return cityZone(name);
}

function cityZone(name: string): string | undefined {
  if (name.includes('/') || typeof Intl.supportedValuesOf !== 'function') return undefined;
  const city = `/${name.replace(/\s+/g, '_').toLowerCase()}`;
  return Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase().endsWith(city));
}

/** Minutes the zone's clock is ahead of UTC at an instant (negative when behind). */
export function offsetAt(zone: string, utcMs: number): number {
  const parts = formatter(zone).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** The zone's offset in force at midday local time on a calendar date (day = UTC midnight of it). */
export function offsetOnDate(zone: string, day: number): number {
  const noon = day + 720 * 60000;
  return offsetAt(zone, noon - offsetAt(zone, noon) * 60000);
}

/** Milliseconds at UTC midnight for a real calendar date written YYYY-MM-DD (1970 to 2100), else undefined. */
export function parseDate(text: string): number | undefined {
  const m = text.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m || +m[1]! < 1970 || +m[1]! > 2100) return undefined;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return new Date(t).getUTCDate() === +m[3]! && new Date(t).getUTCMonth() === +m[2]! - 1 ? t : undefined;
}

/** Minutes after midnight for a time written H:MM or HH:MM; "24:00" only where the end of a day is meant. */
export function parseTime(text: string, end = false): number | undefined {
  const m = text.trim().match(/^(\d{1,2}):(\d{2})$/);
  if (!m) return undefined;
  const [h, min] = [+m[1]!, +m[2]!];
  if (end && h === 24 && min === 0) return DAY;
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

/** A working day as minutes after the local midnight it starts from; an end at or before the start runs overnight. */
export interface Day {
  start: number;
  end: number;
}

export const workingDay = (start: number, end: number): Day => ({ start, end: end > start ? end : end + DAY });

/**
 * The stretches of `a` that fall inside any day of `b`, where b's clock runs `shift` minutes
 * behind a's (b's times are moved onto a's clock by adding it). Each party works the same
 * hours every day, so the pattern repeats daily and the total is the same whichever party's
 * day is taken as `a`: overlap is symmetric.
 */
export function overlaps(a: Day, b: Day, shift: number): Day[] {
  const pieces: Day[] = [];
  for (let k = -3; k <= 3; k++) {
    const start = Math.max(a.start, b.start + shift + k * DAY);
    const end = Math.min(a.end, b.end + shift + k * DAY);
    if (end > start) pieces.push({ start, end });
  }
  return pieces.sort((x, y) => x.start - y.start);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** A moment given as minutes after local midnight of `day` (any sign): "2026-01-15T09:00" and "09:00 on Thu 15 Jan". */
export function clock(day: number, minutes: number): { value: string; label: string } {
  const shifted = Math.floor(minutes / DAY);
  const d = new Date(day + shifted * 86400000);
  const m = minutes - shifted * DAY;
  const time = `${two(Math.floor(m / 60))}:${two(m % 60)}`;
  return {
    value: `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${time}`,
    label: `${time} on ${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`,
  };
}
