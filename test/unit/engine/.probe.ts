import { plainTextDocument } from '../../../lib/extract/plain-text';
import { detect } from '../../../lib/engine';
import { readFileSync } from 'node:fs';
const lines = readFileSync('/tmp/h9/probe.txt', 'utf8').split('\n').filter((l: string) => l.trim() && !l.startsWith('#'));
for (const line of lines) {
  const ms = detect(plainTextDocument(line));
  console.log(`${line}\n   => ${ms.map((m) => `${m.entity ?? m.category}:${m.text}`).join(' | ') || '(none)'}`);
}
