import { readFileSync } from 'node:fs';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { detect } from '../../../lib/engine';
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const doc = plainTextDocument(text);
  const ms = detect(doc);
  console.log(`== ${file}: ${ms.length} mentions`);
  for (const m of ms) {
    const ctx = text.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ');
    console.log(`${(m.entity ?? m.category).padEnd(13)} ${JSON.stringify(m.text).padEnd(22)} …${ctx}…`);
  }
}
