// engine/node/lib/stream_trace.js — records each stream's buffer in the step log.
//
// lib/stream.js calls sync(stream) where a buffer length or a state bit may have changed; this
// compares each side (readable, writable) with what it last recorded and records only the
// differences, through binding.trace (modules/stream_trace.cpp): the buffered length against
// the highWaterMark, flowing/paused, ended, finished, destroyed. drainWait and drain mark
// write() returning false and the 'drain' that ends the wait. Returns null when the run records
// no step log, so the library then skips every call. Where to look next:
// engine/trace/stream_ops.h (the ops), app/ui/panel_streams.cpp (what the user sees).
'use strict';

const trace = binding.trace;
if (trace === undefined) return null;
const ops = trace.ops;
const kWritableSide = 1;
const kObjectMode = 2;
const kBaseClasses = ['PassThrough', 'Transform', 'Duplex', 'Readable', 'Writable'];

// stream -> { number, readable: side record, writable: side record }. A WeakMap, so nothing
// shows on the stream itself (util.inspect prints what Node prints).
const tracked = new WeakMap();
let streamCount = 0;

// Own data properties only: a label must never run a getter of the program's (the run would
// then print something only while it is recorded).
function dataProperty(object, key) {
  const d = Object.getOwnPropertyDescriptor(object, key);
  return d !== undefined && 'value' in d ? d.value : undefined;
}

function isBaseClass(name) {
  for (let i = 0; i < kBaseClasses.length; i++) if (kBaseClasses[i] === name) return true;
  return false;
}

// The stream's class and the nearest of Node's classes it derives from.
function classNames(stream) {
  let own = '';
  for (let p = Object.getPrototypeOf(stream); p !== null; p = Object.getPrototypeOf(p)) {
    const ctor = dataProperty(p, 'constructor');
    const name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : undefined;
    if (typeof name !== 'string') continue;
    if (isBaseClass(name)) return { base: name, own };
    if (own === '') own = name;
  }
  return { base: 'Stream', own };
}

// "fs.createReadStream data.txt" for a file stream, the class name for a subclass.
function detail(stream, names) {
  const path = dataProperty(stream, 'path');
  if ((names.own === 'ReadStream' || names.own === 'WriteStream') && typeof path === 'string') {
    return `fs.create${names.own} ${path}`;
  }
  return names.own;
}

function openSide(label, state, writableSide) {
  const flags = (writableSide ? kWritableSide : 0) | (state.objectMode ? kObjectMode : 0);
  return {
    id: trace.open(label, flags, state.highWaterMark),
    length: 0, highWaterMark: state.highWaterMark,
    flowing: null, ended: false, finished: false, destroyed: false,
  };
}

function register(stream) {
  const names = classNames(stream);
  const more = detail(stream, names);
  const name = `${names.base}#${++streamCount}${more === '' ? '' : ` (${more})`}`;
  const r = stream._readableState;
  const w = stream._writableState;
  const both = r !== undefined && w !== undefined;
  const entry = { readable: null, writable: null };
  if (r !== undefined) entry.readable = openSide(both ? `${name} readable side` : name, r, false);
  if (w !== undefined) entry.writable = openSide(both ? `${name} writable side` : name, w, true);
  tracked.set(stream, entry);
  return entry;
}

function syncSide(rec, state, readable) {
  if (rec === null || state === undefined) return;
  if (state.highWaterMark !== rec.highWaterMark) {
    rec.highWaterMark = state.highWaterMark;
    trace.op(rec.id, ops.high_water_mark, state.highWaterMark);
  }
  if (state.length !== rec.length) {
    rec.length = state.length;
    trace.op(rec.id, ops.buffer, state.length);
  }
  if (readable && state.flowing !== rec.flowing && state.flowing !== null) {
    trace.op(rec.id, state.flowing ? ops.flowing : ops.paused, state.length);
  }
  if (readable) rec.flowing = state.flowing;
  const ended = readable ? state.ended : state.ending;
  if (ended && !rec.ended) {
    rec.ended = true;
    trace.op(rec.id, ops.ended, state.length);
  }
  const finished = readable ? state.endEmitted : state.finished;
  if (finished && !rec.finished) {
    rec.finished = true;
    trace.op(rec.id, ops.finished, state.length);
  }
  if (state.destroyed && !rec.destroyed) {
    rec.destroyed = true;
    trace.op(rec.id, ops.destroyed, state.length);
  }
}

function sync(stream) {
  const entry = tracked.get(stream) || register(stream);
  syncSide(entry.readable, stream._readableState, true);
  syncSide(entry.writable, stream._writableState, false);
}

function drainWait(stream) {
  sync(stream);
  const state = stream._writableState;
  trace.op(tracked.get(stream).writable.id, ops.drain_wait, state.length);
}

function drain(stream) {
  sync(stream);
  trace.op(tracked.get(stream).writable.id, ops.drain, stream._writableState.length);
}

return { sync, drainWait, drain };
