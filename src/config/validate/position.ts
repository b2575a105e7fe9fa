import { LineCounter } from 'yaml';

/** offset → 1-based line and column in `text` (the yaml library's line index, for non-YAML text). */
export function positionsIn(text: string): (offset: number) => { line: number; col: number } {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines.addNewLine(i + 1);
  return (offset) => lines.linePos(offset);
}
