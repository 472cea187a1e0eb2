import { inflateSync } from 'node:zlib';

/**
 * The text drawn on a PDF's pages, for tests: inflates each stream and collects the hex strings
 * of `Tj` operators (pdf-lib writes standard-font text as WinAnsi hex), joined by spaces, so a
 * title wrapped over two lines still reads as one phrase.
 */
// WinAnsi is Latin-1 except for 0x80–0x9F; Node's TextDecoder may lack the windows-1252 table.
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WIN_ANSI = {
  decode: (bytes: Buffer) =>
    [...bytes].map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_HIGH[byte - 0x80]! : String.fromCharCode(byte))).join(''),
};

export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const pieces: string[] = [];
  const streamPattern = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (const match of raw.matchAll(streamPattern)) {
    const bytes = Buffer.from(match[1]!, 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const text of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      pieces.push(WIN_ANSI.decode(Buffer.from(text[1]!, 'hex')));
    }
  }
  return pieces.join(' ').replace(/\s+/g, ' ');
}
