// engine/node/lib/stream_duplexpair.js — stream.duplexPair(): two Duplexes wired together.
//
// A port of lib/internal/streams/duplexpair.js: what one side writes the other side pushes;
// the write's callback waits for the other side's next _read (so backpressure crosses the
// pair), and ending one side pushes null into the other, 'finish' coming after its 'end'.
// Runs after lib/stream.js (binding.core); adds core.duplexPair.
'use strict';

const core = binding.core;
const { Duplex } = core;
const nextTick = binding.nextTick;
const kCallback = Symbol('Callback');
const kOtherSide = Symbol('OtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOtherSide] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function(chunk, encoding, callback) {
  if (chunk.length === 0) {
    nextTick(callback);
  } else {
    this[kOtherSide].push(chunk);
    this[kOtherSide][kCallback] = callback;
  }
};

DuplexSide.prototype._final = function(callback) {
  this[kOtherSide].on('end', callback);
  this[kOtherSide].push(null);
};

core.duplexPair = function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
};
