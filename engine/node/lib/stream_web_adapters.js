// engine/node/lib/stream_web_adapters.js — Readable, Writable and Duplex's toWeb and fromWeb,
// as lib/internal/streams/{readable,writable,duplex}.js define them: each loads the web
// streams on first use (lazyWebStreams) and calls lib/webstreams_adapters.js, which
// modules/webstreams.cpp leaves on the core as webStreamAdapters.
// Runs after lib/stream.js and lib/stream_transform.js (binding.core).
'use strict';

const core = binding.core;

function lazyWebStreams() {
  if (core.webStreamAdapters === undefined) binding.loadWebStreams();
  return core.webStreamAdapters;
}

core.Readable.fromWeb = function(readableStream, options) {
  return lazyWebStreams().newStreamReadableFromReadableStream(readableStream, options);
};
core.Readable.toWeb = function(streamReadable, options) {
  return lazyWebStreams().newReadableStreamFromStreamReadable(streamReadable, options);
};
core.Writable.fromWeb = function(writableStream, options) {
  return lazyWebStreams().newStreamWritableFromWritableStream(writableStream, options);
};
core.Writable.toWeb = function(streamWritable) {
  return lazyWebStreams().newWritableStreamFromStreamWritable(streamWritable);
};
core.Duplex.fromWeb = function(pair, options) {
  return lazyWebStreams().newStreamDuplexFromReadableWritablePair(pair, options);
};
core.Duplex.toWeb = function(duplex) {
  return lazyWebStreams().newReadableWritablePairFromDuplex(duplex);
};
