// engine/node/lib/string_decoder.js — StringDecoder: bytes to text across chunk boundaries.
//
// What Node's lib/string_decoder.js (over src/string_decoder.cc) does for a Readable with an
// encoding: a character split between two chunks is held back until its last byte comes
// (UTF-8 sequences, UTF-16 code units and surrogate pairs, base64's 3-byte groups), and
// end() flushes what is left (an incomplete UTF-8 sequence as U+FFFD). The bytes themselves
// are decoded by Buffer's toString. Returned to modules/stream.cpp as { StringDecoder,
// normalizeEncoding }; lib/stream.js uses it for setEncoding and the encoding option.
'use strict';

// lib/internal/util.js normalizeEncoding, as the decoder reports it.
const kEncodings = {
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le',
  'utf16le': 'utf16le', 'utf-16le': 'utf16le', 'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  return kEncodings[String(enc).toLowerCase()];
}

function unknownEncoding(enc) {
  return binding.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', binding.format('Unknown encoding: %s', enc));
}

// How many bytes at the end of `data` start a character that is not complete yet, and how
// many more that character needs (src/string_decoder.cc DecodeData).
function incompleteTail(encoding, data) {
  const len = data.length;
  if (encoding === 'utf8') {
    for (let back = 1; back <= Math.min(3, len); back++) {
      const byte = data[len - back];
      if ((byte & 0xC0) === 0x80) continue;  // a continuation byte: look further back
      const need = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
      return need > back && byte < 0xF8 ? [back, need - back] : [0, 0];
    }
    return [0, 0];
  }
  if (encoding === 'utf16le') {
    if (len % 2) return [1, 1];
    const unit = len >= 2 ? data[len - 2] | (data[len - 1] << 8) : 0;
    return unit >= 0xD800 && unit <= 0xDBFF ? [2, 2] : [0, 0];
  }
  if (encoding === 'base64' || encoding === 'base64url') return [len % 3, len % 3 ? 3 - len % 3 : 0];
  return [0, 0];
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw unknownEncoding(encoding);
  this.encoding = normalized;
  this.pending = null;  // the bytes of the character still incomplete
  this.missing = 0;     // how many bytes it still needs
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!Buffer.isBuffer(buf)) {
    throw binding.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
  }
  let prepend = '';
  let start = 0;
  if (this.pending) {
    // Complete the held character first. In UTF-8 a byte that cannot continue it ends it
    // as U+FFFD and is decoded afresh.
    const taken = [];
    while (this.missing > 0 && start < buf.length) {
      if (this.encoding === 'utf8' && (buf[start] & 0xC0) !== 0x80) {
        this.missing = -1;
        break;
      }
      taken.push(buf[start++]);
      this.missing--;
    }
    if (this.missing > 0) {
      this.pending = Buffer.concat([this.pending, Buffer.from(taken)]);
      return '';
    }
    prepend = this.missing < 0 ? '\ufffd' :
      Buffer.concat([this.pending, Buffer.from(taken)]).toString(this.encoding);
    this.pending = null;
    this.missing = 0;
  }
  const body = start ? buf.slice(start) : buf;
  const [keep, missing] = incompleteTail(this.encoding, body);
  if (keep) {
    this.pending = Buffer.from(body.slice(body.length - keep));
    this.missing = missing;
  }
  return prepend + body.toString(this.encoding, 0, body.length - keep);
};

StringDecoder.prototype.end = function end(buf) {
  let text = buf === undefined ? '' : this.write(buf);
  if (this.pending) {
    text += this.encoding === 'utf8' ? '\ufffd' : this.pending.toString(this.encoding);
    this.pending = null;
    this.missing = 0;
  }
  return text;
};

return { StringDecoder, normalizeEncoding, unknownEncoding };
