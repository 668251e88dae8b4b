// engine/node/lib/stream_module.js — what require('stream') returns.
//
// As Node's lib/stream.js: the legacy Stream constructor carrying the classes, pipeline,
// finished, destroy and the is* predicates, with `promises` (require('stream/promises'),
// lib/stream/promises.js) whose pipeline takes a trailing options object. The classes come
// from binding.core (modules/stream.cpp builds it once; fs, net and http share it).
'use strict';

const core = binding.core;
const Stream = core.Stream;

function popCallback(streams) {
  const cb = streams[streams.length - 1];
  if (typeof cb !== 'function') {
    core.raise(binding.invalidArgType('streams[stream.length - 1]', 'function', cb), 'validator');
  }
  return streams.pop();
}

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

function pipeline(...streams) {
  return core.pipelineImpl(streams, once(popCallback(streams)));
}

const promises = {
  finished: core.finished,
  pipeline(...streams) {
    return new Promise((resolve, reject) => {
      let end;
      const lastArg = streams[streams.length - 1];
      if (lastArg && typeof lastArg === 'object' && !core.isNodeStream(lastArg) &&
          !core.isIterable(lastArg)) {
        end = streams.pop().end;
      }
      core.pipelineImpl(streams, (err, value) => {
        if (err) reject(err);
        else resolve(value);
      }, { end });
    });
  },
};

core.promises = promises;

Stream.isDestroyed = core.isDestroyed;
Stream.isDisturbed = core.isDisturbed;
Stream.isErrored = core.isErrored;
Stream.isReadable = core.publicIsReadable;
Stream.isWritable = core.publicIsWritable;
Stream.Readable = core.Readable;
Stream.Writable = core.Writable;
Stream.Duplex = core.Duplex;
Stream.Transform = core.Transform;
Stream.PassThrough = core.PassThrough;
Stream.duplexPair = core.duplexPair;
Stream.compose = core.compose;
Stream.pipeline = pipeline;
Stream.finished = core.eos;
Stream.destroy = core.destroyer;
Stream.addAbortSignal = core.addAbortSignal;
Stream.setDefaultHighWaterMark = core.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = core.getDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return promises; },
});
// util.promisify(stream.pipeline) and util.promisify(stream.finished) are the promise forms.
Object.defineProperty(pipeline, binding.promisifyCustom, {
  enumerable: true,
  get() { return promises.pipeline; },
});
Object.defineProperty(core.eos, binding.promisifyCustom, {
  enumerable: true,
  get() { return promises.finished; },
});
Stream.Stream = Stream;
return Stream;
