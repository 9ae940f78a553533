/** The outputs the ingestion benchmark logs: deterministic, ~600 bytes of text each, like a short AI reply. */
export interface BenchOutput {
  clientId: string;
  content: string;
  metadata: { language: string; channel: string };
}

const words = ['refund', 'order', 'delivery', 'account', 'password', 'invoice', 'the', 'your', 'we', 'will'];
const languages = ['en', 'de', 'fr'];

export function benchOutput(prefix: string, i: number): BenchOutput {
  let content = `Reply ${i}:`;
  for (let w = 0; content.length < 600; w++) content += ` ${words[(i * 7 + w * 3) % words.length]}`;
  return {
    clientId: `${prefix}-${i}`,
    content,
    metadata: { language: languages[i % languages.length]!, channel: i % 2 ? 'email' : 'chat' },
  };
}

export function benchBatch(prefix: string, batch: number, size: number): BenchOutput[] {
  return Array.from({ length: size }, (_, k) => benchOutput(prefix, batch * size + k));
}
