// engine/node/lib/stream_compose.js — stream.compose(...streams) and Duplex.from(body).
//
// A port of lib/internal/streams/compose.js and lib/internal/streams/duplexify.js for Node
// streams, iterables, async generator functions, async functions, promises and
// { readable, writable } pairs (no web streams, no Blob: Loopscope has neither). compose
// pipes its arguments with pipeline and returns one Duplex that writes into the first and
// reads from the last; Duplex.from turns one such body into a Duplex.
// Runs after lib/stream_pipeline.js and lib/stream_iter.js; adds core.compose, Duplex.from.
'use strict';

const core = binding.core;
const { Duplex, Readable, eos, destroyer, isNodeStream, isIterable, isReadableNodeStream,
  isWritableNodeStream, publicIsReadable: isReadable, publicIsWritable: isWritable,
  makeError } = core;
const nextTick = binding.nextTick;
const AbortError = binding.AbortError;
const AbortController = binding.AbortController;

function invalidReturnValue(expected, name, value) {
  const type = value === null ? 'null' : typeof value === 'object' && value.constructor
    ? 'an instance of ' + value.constructor.name : 'type ' + typeof value;
  return makeError('ERR_INVALID_RETURN_VALUE',
                   `Expected ${expected} to be returned from the "${name}" function but got ${type}.`,
                   TypeError);
}

// lib/internal/errors.js ERR_INVALID_ARG_VALUE.
function invalidArgValue(name, value, reason) {
  return binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
                           `The argument '${name}' ${reason}. Received ${binding.inspect(value)}`);
}

// [SECTION] duplexify.js

// A Duplex whose sides can be switched off at construction.
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options && options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options && options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function deferred() {
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  return { promise, resolve };
}

// The function gets an async iterable of what is written; what it returns is read.
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  }(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// One Duplex over a readable and a writable stream (either may be missing).
function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function'
    ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;
  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }
  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });
  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }
  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => d.push(null));
    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

function duplexify(body, name) {
  if (isReadableNodeStream(body) && isWritableNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return core.fromIterable(value, { objectMode: true, write, final, destroy }, Duplexify);
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw invalidReturnValue('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              nextTick(cb, null);
            } catch (err) {
              nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw invalidReturnValue('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (isIterable(body)) return core.fromIterable(body, { objectMode: true, writable: false }, Duplexify);
  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable
      ? (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable))
      : undefined;
    const writable = body.writable
      ? (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable))
      : undefined;
    return duplexifyPair({ readable, writable });
  }
  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }
  throw binding.invalidArgType(name,
    'function or an instance of Blob, ReadableStream, WritableStream, Stream, Iterable, ' +
    'AsyncIterable, or Promise or { readable, writable } pair', body);
}

Duplex.from = function from(body) {
  return duplexify(body, 'body');
};

// [SECTION] compose.js

function compose(...streams) {
  if (streams.length === 0) {
    throw makeError('ERR_MISSING_ARGS', 'The "streams" argument must be specified', TypeError);
  }
  if (streams.length === 1) return Duplex.from(streams[0]);
  const orgStreams = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[streams.length - 1] === 'function') {
    streams[streams.length - 1] = Duplex.from(streams[streams.length - 1]);
  }
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n])) continue;
    if (n < streams.length - 1 && !isReadable(streams[n])) {
      throw invalidArgValue(`streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !isWritable(streams[n])) {
      throw invalidArgValue(`streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;
  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }
  const head = streams[0];
  const tail = core.pipelineImpl(streams, onfinished);
  const writable = !!isWritable(head);
  const readable = !!isReadable(tail);
  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });
  if (writable) {
    d._write = function(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    eos(tail, () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }
  if (readable) {
    tail.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on('end', () => d.push(null));
    d._read = function() {
      while (true) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(tail, err);
    }
  };
  return d;
}
core.compose = compose;
