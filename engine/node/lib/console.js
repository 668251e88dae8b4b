// engine/node/lib/console.js — the Console class (lib/internal/console/constructor.js):
// `new Console(stdout[, stderr[, ignoreErrors]])` or `new Console({stdout, stderr, …})`
// writes util.format's text to the streams it was given, one `stream.write(text, cb)` per
// call with the same error callback every time, as Node does. The global console stays the
// host's own (engine/node/globals.cpp); this class is require('console').Console and
// console.Console. Not modelled: colors (streams here are never TTYs) and console.table.
// binding: format, inspect, nodeError, invalidArgType.
'use strict';

const kIndent = Symbol('kGroupIndent');
const kStreams = Symbol('kStreams');
const kCounts = Symbol('counts');
const kTimers = Symbol('kTimers');

function noop() {}

// Console[kWriteToConsole]: a synchronous error is swallowed (a noop 'error' listener is
// added around the write when there is none), an asynchronous one goes to the callback.
function writeToConsole(console, useStderr, text) {
  const { stdout, stderr, ignoreErrors, onStdoutError, onStderrError } = console[kStreams];
  const stream = useStderr ? stderr : stdout;
  const onError = useStderr ? onStderrError : onStdoutError;
  const indent = console[kIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  if (ignoreErrors === false) return stream.write(text);
  let added = false;
  try {
    if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
      added = true;
    }
    stream.write(text, onError);
  } catch {
    // "Sorry, there's no proper way to pass along the error here."
  } finally {
    if (added) stream.removeListener('error', noop);
  }
}

// createWriteErrorHandler: one per console and stream. An asynchronous write error would be
// emitted as 'error' on the stream: a noop listener is added first if it has none.
function writeErrorHandler(stream) {
  return (err) => {
    if (err !== null && err !== undefined && !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function checkStream(stream, name) {
  if (!stream || typeof stream.write !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_CONSOLE_WRITABLE_STREAM',
                            `Console expects a writable stream instance for ${name}`);
  }
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const { stdout, stderr = stdout, ignoreErrors = true, groupIndentation = 2 } = options;
  checkStream(stdout, 'stdout');
  checkStream(stderr, 'stderr');
  if (typeof groupIndentation !== 'number') {
    throw binding.invalidArgType('groupIndentation', 'number', groupIndentation);
  }
  Object.defineProperty(this, kStreams, {
    value: {
      stdout, stderr, ignoreErrors: ignoreErrors !== false, groupIndentation,
      onStdoutError: writeErrorHandler(stdout), onStderrError: writeErrorHandler(stderr),
    },
  });
  Object.defineProperty(this, kIndent, { value: '', writable: true });
  Object.defineProperty(this, kCounts, { value: new Map() });
  Object.defineProperty(this, kTimers, { value: new Map() });
  // "Bind the prototype functions to this Console instance".
  for (const key of Object.keys(Console.prototype)) {
    this[key] = Console.prototype[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
}

// lib/internal/console/constructor.js formatTime.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, millis] = seconds.toFixed(3).split('.');
    const pad = (n) => `${n}`.padStart(2, '0');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(whole)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function elapsed(start) {
  const [s, ns] = process.hrtime(start);
  return formatTime(s * 1e3 + ns / 1e6);
}

const consoleMethods = {
  log(...args) {
    writeToConsole(this, false, binding.format(...args));
  },
  warn(...args) {
    writeToConsole(this, true, binding.format(...args));
  },
  dir(object, options) {
    writeToConsole(this, false, binding.inspect(object, { customInspect: false, ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label, [])) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: binding.format(...args) };
    Error.captureStackTrace(err, consoleMethods.trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {},
  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kIndent] += ' '.repeat(this[kStreams].groupIndentation);
  },
  groupEnd() {
    const step = this[kStreams].groupIndentation;
    this[kIndent] = this[kIndent].slice(0, this[kIndent].length - step);
  },
};

function timeLogImpl(console, name, label, data) {
  const start = console[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const text = `${label}: ${elapsed(start)}`;
  if (data.length === 0) {
    console.log(text);
  } else {
    console.log(text, ...data);
  }
  return true;
}

// Node's prototype: the methods above, then the aliases.
for (const [key, fn] of Object.entries(consoleMethods)) Console.prototype[key] = fn;
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

return Console;
