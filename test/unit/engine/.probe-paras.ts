import { readFileSync } from 'node:fs';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { detect } from '../../../lib/engine';
for (const file of process.argv.slice(2)) {
  for (const para of readFileSync(file, 'utf8').split(/\n\n+/)) {
    const ms = detect(plainTextDocument(para));
    console.log(`${para.slice(0, 300)}\n   => ${ms.map((m) => `${m.entity ?? m.category}:${m.text}`).join(' | ')}`);
  }
}
