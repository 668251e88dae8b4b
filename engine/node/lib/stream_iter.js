// engine/node/lib/stream_iter.js — Readable.from(iterable) and `for await` over a Readable.
//
// Ports of lib/internal/streams/from.js (an object-mode Readable, highWaterMark 1, pulling
// the iterator on _read; sync values, sync iterators of promises and async iterators each
// have their own loop because each awaits differently) and of readable.js
// createAsyncIterator (an async generator reading on 'readable', ended by eos; leaving the
// loop early destroys the stream). Runs after lib/stream_eos.js (binding.core).
'use strict';

const core = binding.core;
const { Readable, eos, destroyer, makeError, nop } = core;
const nextTick = binding.nextTick;

function nullValues() {
  return makeError('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
}

// lib/internal/streams/from.js from(Readable, iterable, opts): `Ctor` is Readable, or the
// Duplex Duplex.from makes (lib/stream_compose.js).
function from(iterable, opts, Ctor = Readable) {
  let iterator;
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Ctor(Object.assign({ objectMode: true }, opts, {
      read() {
        this.push(iterable);
        this.push(null);
      },
    }));
  }
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    core.raise(binding.invalidArgType('iterable', 'an instance of Iterable', iterable), 'fromIterable');
  }
  const readable = new Ctor(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
  let reading = false;
  let isAsyncValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSyncWithSyncValues();
    }
  };
  readable._destroy = function(error, cb) {
    close(error).then(() => nextTick(cb, error), (e) => nextTick(cb, e || error));
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function nextSyncWithSyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') return changeToAsyncValues(value);
        if (value === null) {
          reading = false;
          throw nullValues();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      const res = await value;
      if (res === null) {
        reading = false;
        throw nullValues();
      }
      if (readable.push(res)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }
  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (res === null) {
          reading = false;
          throw nullValues();
        }
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw nullValues();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

Readable.from = function(iterable, opts) {
  return from(iterable, opts);
};
core.fromIterable = from;

// [SECTION] readable.js streamToAsyncIterator / createAsyncIterator
Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    core.raise(binding.invalidArgType('options', 'object', options), 'validator');
  }
  return streamToAsyncIterator(this, options);
};

// An old-style stream is iterated through a Readable wrapping it.
Readable.wrap = function(src, options) {
  const objectMode = src.readableObjectMode != null ? src.readableObjectMode :
    src.objectMode != null ? src.objectMode : true;
  return new Readable(Object.assign({ objectMode }, options, {
    destroy(err, callback) {
      destroyer(src, err);
      callback(err);
    },
  })).wrap(src);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  // As a 'readable' listener (this === stream) it wakes the waiting loop; as a promise
  // executor it parks the loop until then.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  // The first error is the one thrown (Node aggregates a second, different one with it).
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? (error || err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = error || err;
    throw error;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}
