// engine/node/lib/stream_pipeline.js — stream.pipeline(source, ...transforms, destination, cb).
//
// A port of lib/internal/streams/pipeline.js for Node streams, iterables and async
// generator functions (no web streams, no AbortSignal): stream to stream goes through
// pipe() with eos on both ends; an iterable or generator is pumped into the next stream
// with write() and 'drain'. The first error destroys every stream and reaches the callback
// on a nextTick. Runs after lib/stream_eos.js; adds core.pipelineImpl.
'use strict';

const core = binding.core;
const { eos, destroyer: destroyStream, isNodeStream, isIterable, isReadableNodeStream,
  isReadableFinished, publicIsReadable: isReadable, makeError } = core;
const nextTick = binding.nextTick;

function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => { finished = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyStream(stream, err || makeError('ERR_STREAM_DESTROYED', 'Cannot call pipe after a stream was destroyed'));
    },
    cleanup,
  };
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw binding.invalidArgType('val', 'an instance of Readable, Iterable, or AsyncIterable', val);
}

async function* fromReadable(val) {
  yield* core.Readable.prototype[Symbol.asyncIterator].call(val);
}

// Pumps an iterable into a Node stream with write() and 'drain'. When the writable fails
// and the iteration fails too, Node's aggregateTwoErrors would combine the two into an
// AggregateError; here the writable's error is reported.
async function pumpToNode(iterable, writable, finish, end) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err && error ? error : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) {
    throw makeError('ERR_MISSING_ARGS', 'The "streams" argument must be specified', TypeError);
  }
  let error;
  let value;
  const destroys = [];
  const lastStreamCleanup = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors that destroying causes (AbortError, premature close) are not the cause.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finish(err);
        }
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => stream.removeListener('error', onError));
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal: undefined });
        if (!isIterable(ret)) throw invalidReturn('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        throw binding.invalidArgType('source', 'an instance of Stream, Iterable, or AsyncIterable', stream);
      }
    } else if (typeof stream === 'function') {
      ret = stream(makeAsyncIterable(ret), { signal: undefined });
      if (reading) {
        if (!isIterable(ret, true)) throw invalidReturn('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        ret = pumpResultIntoPassThrough(ret, end);
        const { destroy, cleanup } = destroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, end);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, end);
      } else {
        throw binding.invalidArgType('val',
          'an instance of Readable, Iterable, AsyncIterable, ReadableStream, or TransformStream', ret);
      }
      ret = stream;
    } else {
      throw binding.invalidArgType(`streams[${i}]`, 'an instance of Stream, Iterable, or AsyncIterable', stream);
    }
  }

  // The last function of a pipeline: its promise's value (or its iterable) goes through an
  // object-mode PassThrough, which becomes the pipeline's result.
  function pumpResultIntoPassThrough(result, end) {
    const pt = new core.PassThrough({ objectMode: true });
    const then = result && result.then;
    if (typeof then === 'function') {
      finishCount++;
      then.call(result, (val) => {
        value = val;
        if (val != null) pt.write(val);
        if (end) pt.end();
        nextTick(finish);
      }, (err) => {
        pt.destroy(err);
        nextTick(finish, err);
      });
    } else if (isIterable(result, true)) {
      finishCount++;
      pumpToNode(result, pt, finish, end);
    } else {
      throw invalidReturn('AsyncIterable or Promise', 'destination', result);
    }
    return pt;
  }
  return ret;
}

function invalidReturn(expected, name, value) {
  const type = value === null ? 'null' : typeof value === 'object' ? 'an instance of ' +
    (value.constructor && value.constructor.name ? value.constructor.name : 'Object') : 'type ' + typeof value;
  return makeError('ERR_INVALID_RETURN_VALUE',
    `Expected ${expected} to be returned from the "${name}" function but got ${type}.`, TypeError);
}

function pipe(src, dst, finish, end) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(makeError('ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
  });
  src.pipe(dst, { end: false });  // if end is true, endFn ends dst
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
        rState && rState.ended && !rState.errored && !rState.errorEmitted) {
      // The source ended but 'end' is still to come: finish then.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

core.pipelineImpl = pipelineImpl;
