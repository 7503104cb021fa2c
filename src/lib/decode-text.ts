/**
 * Turns the bytes of an input file into text: UTF-8 (with or without a byte-order mark) or
 * UTF-16 with a byte-order mark; line ends normalised to LF. Anything that is not text (NUL
 * bytes, control characters, invalid UTF-8) is refused with the file and line of the first bad
 * byte, so a wrongly saved file stops the build instead of reaching a page as U+FFFD garbage.
 */
import { InputError } from './errors.ts';

const SAVE_AS_UTF8 = 'open the file in a text editor and save it as UTF-8 (plain text)';

// Control characters that have no place in an article: everything below U+0020 except tab,
// line feed and carriage return, plus DEL. NUL is reported separately as a sign of binary data.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** 1-based line of `offset` in `bytes`, counting LF, CRLF and lone CR as line ends. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** 1-based line of `index` in `text`, counting LF, CRLF and lone CR as line ends. */
function lineInText(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. Written by
 * hand because TextDecoder only says *that* the bytes are invalid, not where.
 */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Lead byte → sequence length and the allowed range of the second byte (RFC 3629 table).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k < n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n;
  }
  return -1;
}

/** Decodes an input file's bytes to text with LF line ends; throws InputError naming the file and line of the first problem. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const fail = (line: number, message: string, fix = SAVE_AS_UTF8): never => {
    throw new InputError([{ file, line, message, fix }]);
  };
  let text: string;
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const units = Buffer.from(bytes.subarray(2));
    if (units.length % 2)
      fail(1, `expected ${utf16.toUpperCase()} text, found an odd number of bytes (the file is cut short)`);
    // Node's utf16le decoding keeps a lone surrogate as it is, so it can be found and reported below.
    text = (utf16 === 'utf-16be' ? units.swap16() : units).toString('utf16le');
    const nul = text.indexOf('\0');
    if (nul >= 0) fail(lineInText(text, nul), 'expected text, found a NUL character (binary data?)');
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
    if (lone) {
      fail(
        lineInText(text, lone.index),
        `expected ${utf16.toUpperCase()} text, found an unpaired UTF-16 surrogate (a broken character)`,
      );
    }
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      // UTF-16 without a byte-order mark puts a NUL beside every ASCII letter.
      const sample = bytes.subarray(0, 200);
      const nuls = sample.filter((x) => x === 0).length;
      fail(
        lineAt(bytes, nul),
        nuls * 3 >= sample.length
          ? 'expected UTF-8 text, found NUL bytes between the letters: this looks like UTF-16 without a byte-order mark'
          : 'expected text, found a NUL byte: this looks like a binary file (PDF, Word, image), not pasted text',
        nuls * 3 >= sample.length ? SAVE_AS_UTF8 : 'paste the article as plain text into a .md file',
      );
    }
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      fail(
        lineAt(bytes, bad),
        `expected UTF-8 text, found the byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} that is not valid UTF-8 (the file is probably Latin-1 or Windows-1252)`,
      );
    }
    text = new TextDecoder('utf-8').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const ctl = CONTROL.exec(text);
  if (ctl) {
    const code = ctl[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    fail(
      lineInText(text, ctl.index),
      `expected text, found the control character U+${code}, which is invisible and cannot be shown on a page`,
      'delete the character (most editors show it as a box or ^ sign), or paste the text again as plain text',
    );
  }
  return text.replace(/\r\n?/g, '\n');
}
