// engine/node/lib/text_coding.js — TextEncoder and TextDecoder as node 20's
// lib/internal/encoding.js defines them: the argument checks, their order and their error
// texts (which differ between node's UTF-8 fast path, its ICU path and its latin1 path),
// over text_coding_global.cpp's binding, which keeps each instance's state and prints it.
// Returns { TextEncoder, TextDecoder }.
'use strict';

function invalidThis(type) {
  return binding.nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// src/encoding_binding.cc and src/node_i18n.cc word this check without "Received".
function notBufferSource(name, list) {
  return binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
                           `The "${name}" argument must be an instance of ${list}.`);
}

class TextEncoder {
  constructor() {
    return binding.newEncoder(new.target.prototype);
  }

  get encoding() {
    if (!binding.isEncoder(this)) throw invalidThis('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!binding.isEncoder(this)) throw invalidThis('TextEncoder');
    return new Uint8Array(binding.encode(`${input}`));
  }

  encodeInto(src, dest) {
    if (!binding.isEncoder(this)) throw invalidThis('TextEncoder');
    src = `${src}`;
    if (!binding.isUint8Array(dest)) throw binding.invalidArgType('dest', 'an instance of Uint8Array', dest);
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }
}

function validateOptions(options) {
  // validateObject with kValidateObjectAllowObjectsAndNull: arrays, functions and null pass.
  if (options !== null && typeof options !== 'object' && typeof options !== 'function')
    throw binding.invalidArgType('options', 'object', options);
}

function stateOf(decoder) {
  const state = binding.decoderState(decoder);
  if (state === undefined) throw invalidThis('TextDecoder');
  return state;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptions(options);
    if (!binding.isSupported(encoding)) {
      throw binding.nodeError('RangeError', 'ERR_ENCODING_NOT_SUPPORTED',
                              `The "${encoding}" encoding is not supported`);
    }
    const fatal = options !== null && Boolean(options.fatal);
    const ignoreBOM = options !== null && Boolean(options.ignoreBOM);
    return binding.newDecoder(new.target.prototype, new.target.name, encoding, fatal, ignoreBOM);
  }

  decode(input = new Uint8Array(0), options = {}) {
    const [encoding, fatal] = stateOf(this);
    let flush = true;
    if (encoding === 'windows-1252') {
      if (!binding.isBufferSource(input))
        throw notBufferSource('input', 'ArrayBuffer, SharedArrayBuffer, or ArrayBufferView');
    } else if (encoding === 'utf-8' && !binding.leaveFastPath(this, options?.stream)) {
      if (!binding.isBufferSource(input))
        throw notBufferSource('list', 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView');
    } else {
      validateOptions(options);
      if (!binding.isBufferSource(input))
        throw notBufferSource('input', 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView');
      flush = options === null || !options.stream;
    }
    const text = binding.decode(this, input, flush);
    if (text === null) {
      throw binding.nodeError('TypeError', 'ERR_ENCODING_INVALID_ENCODED_DATA',
                              `The encoded data was not valid for encoding ${encoding}`);
    }
    return text;
  }

  get encoding() {
    return stateOf(this)[0];
  }

  get fatal() {
    return stateOf(this)[1];
  }

  get ignoreBOM() {
    return stateOf(this)[2];
  }
}

for (const [cls, name] of [[TextEncoder, 'TextEncoder'], [TextDecoder, 'TextDecoder']]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: name, configurable: true });
}

return { TextEncoder, TextDecoder };
