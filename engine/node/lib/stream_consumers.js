// engine/node/lib/stream_consumers.js — require('stream/consumers'): read a whole stream.
//
// A port of lib/stream/consumers.js: each consumer drains any async iterable (a Readable, an
// async generator) with for await. text() decodes byte chunks with one streaming
// TextDecoder, so a character split across chunks survives. Node's arrayBuffer() and
// buffer() go through a Blob; Loopscope has no Blob, so they concatenate the chunks and
// `blob` is not exported (requiring it gives undefined, not a Blob).
// Built by engine/node/modules.cpp (BuildStreamConsumers); uses only globals.
'use strict';

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  // Flush the decoder so a trailing incomplete character becomes U+FFFD, as in Node.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

// The bytes of every chunk, strings as UTF-8 (what new Blob(chunks) holds in Node).
async function buffer(stream) {
  const chunks = [];
  for await (const chunk of stream) {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (ArrayBuffer.isView(chunk)) {
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } else if (chunk instanceof ArrayBuffer) chunks.push(Buffer.from(chunk));
    else chunks.push(Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks);
}

async function arrayBuffer(stream) {
  const bytes = await buffer(stream);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

return { arrayBuffer, buffer, json, text };
