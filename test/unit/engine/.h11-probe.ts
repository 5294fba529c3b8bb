import { readFileSync } from 'node:fs';
import { found } from './helpers';
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n---\n')) {
  if (!line.trim()) continue;
  console.log(JSON.stringify(line.slice(0, 90)), '=>', found(line.replace(/\\n/g, '\n')).join(' | '));
}
