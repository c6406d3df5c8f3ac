import { createWriteStream } from 'node:fs';

/** A small, fast, seeded generator (mulberry32), so every run writes the same file. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const subscriptionHeader = [
  'subscription_id',
  'account_id',
  'plan',
  'start_date',
  'end_date',
  'mrr',
  'currency',
  'billing_interval',
  'status',
  'cancel_reason',
  'seats',
  'notes',
];

const plans = ['Starter', 'Growth', 'Pro', 'Enterprise'];
const prices = [29, 79, 199, 890];
const reasons = [
  'too expensive',
  'missing features',
  'switched to a competitor',
  'no longer needed',
  '',
];
const phrases = [
  'Renewal call booked for next quarter',
  'Asked about SSO, "urgent" for their security review',
  'Champion left, new contact: Dana in operations',
  'Upgraded after the pilot, 3 teams onboarded',
  'Discount 10%, approved by finance until renewal',
];

const quote = (text: string): string =>
  /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/**
 * Writes a subscriptions export of `rows` rows: twelve columns, ISO dates, amounts with decimals,
 * and free-text notes quoted because they hold commas, quotes and line breaks, as real exports do.
 * About 120 bytes a row.
 */
export async function writeSubscriptions(path: string, rows: number, seed = 7): Promise<void> {
  const random = seeded(seed);
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(`${subscriptionHeader.join(',')}\n`);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const plan = Math.floor(random() * plans.length);
    const seats = 1 + Math.floor(random() * 40);
    const start = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 2400) * 86400000);
    const ended = random() < 0.3;
    const end = ended
      ? new Date(start.getTime() + Math.floor(30 + random() * 900) * 86400000)
      : null;
    const yearly = random() < 0.25;
    const notes =
      random() < 0.4
        ? ''
        : random() < 0.15
          ? `${phrases[i % phrases.length] ?? ''}\nFollow-up: ${phrases[(i + 2) % phrases.length] ?? ''}`
          : `${phrases[i % phrases.length] ?? ''}, seats ${seats}`;
    const fields = [
      `sub_${((i * 2654435761) % 4294967296).toString(36).padStart(7, '0')}${i.toString(36)}`,
      `ACC-${String(Math.floor(random() * 250000)).padStart(6, '0')}`,
      plans[plan] ?? 'Starter',
      start.toISOString().slice(0, 10),
      end ? end.toISOString().slice(0, 10) : '',
      ((prices[plan] ?? 29) * seats * (yearly ? 0.85 : 1)).toFixed(2),
      random() < 0.9 ? 'USD' : 'EUR',
      yearly ? 'year' : 'month',
      ended ? 'canceled' : 'active',
      ended ? (reasons[Math.floor(random() * reasons.length)] ?? '') : '',
      String(seats),
      quote(notes),
    ];
    buffer += `${fields.join(',')}\n`;
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}
