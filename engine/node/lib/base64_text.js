// engine/node/lib/base64_text.js — atob and btoa, the global functions and the buffer
// module's, as Node 20's lib/buffer.js defines them: ERR_MISSING_ARGS without an argument,
// the argument made a string, and a DOMException named InvalidCharacterError with Node's
// two messages. atob decodes as Node's decoder does: ASCII whitespace is skipped and up to
// two '=' taken off the end; then a character outside the alphabet is "Invalid character", a
// length that leaves one character over is "not correctly encoded", and padding that does
// not complete a group of four is "Invalid character" again (the WHATWG forgiving-base64
// rules, https://infra.spec.whatwg.org/#forgiving-base64-decode, with Node's messages in
// Node's order). Returns { atob, btoa }.
'use strict';

const { Buffer, DOMException } = binding;

function missingInput() {
  return binding.nodeError('TypeError', 'ERR_MISSING_ARGS',
                           'The "input" argument must be specified');
}

function invalid(message) {
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw missingInput();
  const text = `${input}`;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) throw invalid('Invalid character');
  }
  return Buffer.from(text, 'latin1').toString('base64');
}

const kWhitespace = /[\t\n\f\r ]/g;
const kOutsideAlphabet = /[^A-Za-z0-9+/]/;

function atob(input) {
  if (arguments.length === 0) throw missingInput();
  let text = `${input}`.replace(kWhitespace, '');
  let padding = 0;
  while (padding < 2 && text.endsWith('=')) {
    text = text.slice(0, -1);
    padding++;
  }
  if (kOutsideAlphabet.test(text)) throw invalid('Invalid character');
  if (text.length % 4 === 1) throw invalid('The string to be decoded is not correctly encoded.');
  if (padding > 0 && (text.length + padding) % 4 !== 0) throw invalid('Invalid character');
  return Buffer.from(text, 'base64').toString('latin1');
}

return { atob, btoa };
