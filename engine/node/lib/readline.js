// engine/node/lib/readline.js — require('readline') and require('readline/promises'): the
// Interface over a readable stream, in its non-terminal mode (node 20's
// lib/internal/readline/interface.js, lib/readline.js, lib/readline/promises.js).
//
// Internal library code. Lines are cut from each 'data' chunk as it comes (a StringDecoder
// keeps split characters whole; '\r\n' arriving in two chunks within crlfDelay is one line
// end) and 'line' is emitted synchronously inside the chunk's own 'data' callback; the input's
// 'end' emits the unfinished last line, then 'close'. `for await (const line of rl)` is
// events.on(rl, 'line', { close: ['close'] }) yielding each line, as node's. The cursor
// helpers write the ANSI sequences node writes. The terminal mode (keypress editing,
// history) needs a TTY, which a simulated run never has: `terminal: true` is refused by name.
// binding: EventEmitter, StringDecoder, AbortError, kFirstEventParam (lib/events.js).
'use strict';

const EventEmitter = binding.EventEmitter;
const kLineEnding = /\r?\n|\r(?!\n)/g;
const kMinCrlfDelay = 100;
const kHistorySize = 30;
const kEmptyObject = Object.freeze({ __proto__: null });

const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kDecoder = Symbol('_decoder');
const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kLineObjectStream = Symbol('line object stream');

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
    throw binding.invalidArgType(name, 'AbortSignal', signal);
}

function useAfterClose() {
  return binding.nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

// lib/internal/readline/interface.js InterfaceConstructor, without the terminal branch.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  this.isCompletionEnabled = true;
  this[kSawReturnAt] = 0;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;
  let history, historySize, crlfDelay, signal;
  let prompt = '> ';
  if (input?.input) {
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) this.tabSize = input.tabSize;
    if (input.prompt !== undefined) prompt = input.prompt;
    validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
                            `The argument 'completer' is invalid. Received ${binding.inspect(completer)}`);
  }
  if (terminal === undefined && output != null) terminal = !!output.isTTY;
  if (terminal) {
    throw new Error("readline's terminal mode (keypress editing on a TTY) is not modelled by " +
                    'Loopscope: a simulated run has no terminal; leave `terminal` unset or false');
  }
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history === undefined ? [] : history;
  this.historySize = historySize === undefined ? kHistorySize : historySize;
  this.removeHistoryDuplicates = false;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = false;
  this.closed = false;
  this.paused = false;
  this[kLineObjectStream] = undefined;

  const self = this;
  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self._normalWrite(data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  }
  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  self.once('close', () => {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });
  this[kDecoder] = new binding.StringDecoder('utf8');
  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      binding.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};
Interface.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};
Interface.prototype._writeToOutput = function _writeToOutput(text) {
  if (typeof text !== 'string') throw binding.invalidArgType('stringToWrite', 'string', text);
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};
Interface.prototype.prompt = function prompt() {
  if (this.paused) this.resume();
  this._writeToOutput(this[kPrompt]);
};
Interface.prototype._question = function _question(query, cb) {
  if (this.closed) throw useAfterClose();
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }
};
Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};
// [kNormalWrite]: the lines a chunk completes, each emitted in turn.
Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let string = this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.codePointAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  kLineEnding.lastIndex = 0;
  let found = kLineEnding.exec(string);
  if (found !== null) {
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
      kLineEnding.lastIndex = 0;
      found = kLineEnding.exec(string);
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const indexes = [0, found.index, kLineEnding.lastIndex];
    let next;
    while ((next = kLineEnding.exec(string)) !== null) indexes.push(next.index, kLineEnding.lastIndex);
    const last = indexes.length - 1;
    this[kLineBuffer] = string.slice(indexes[last]);
    for (let i = 1; i < last; i += 2) this._onLine(string.slice(indexes[i - 1], indexes[i]));
  } else if (string) {
    this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + string : string;
  }
};
Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};
Interface.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};
Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};
Interface.prototype.write = function write(d) {
  if (this.closed) throw useAfterClose();
  if (this.paused) this.resume();
  this._normalWrite(d);
};
Interface.prototype.getCursorPos = function getCursorPos() {
  return { rows: 0, cols: this[kPrompt].length };
};
Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kLineObjectStream] === undefined) {
    this[kLineObjectStream] = EventEmitter.on(this, 'line', {
      close: ['close'],
      highWaterMark: 1024,
      [binding.kFirstEventParam]: true,
    });
  }
  return this[kLineObjectStream];
};

// lib/readline.js: question(query[, options], cb), and its promisified form.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const signal = options.signal;
    const onAbort = () => this._questionCancel();
    signal.addEventListener('abort', onAbort, { once: true });
    const original = cb;
    cb = typeof cb === 'function'
      ? (answer) => {
        signal.removeEventListener('abort', onAbort);
        return original(answer);
      }
      : () => signal.removeEventListener('abort', onAbort);
  }
  if (typeof cb === 'function') this._question(query, cb);
};
Interface.prototype._questionCancel = function _questionCancel() {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
  }
};
function questionPromise(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal && options.signal.aborted) {
    return Promise.reject(new binding.AbortError(undefined, { cause: options.signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => reject(new binding.AbortError(undefined, { cause: signal.reason }));
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    Interface.prototype.question.call(this, query, options, cb);
  });
}
Object.defineProperty(Interface.prototype.question, binding.promisifyCustom, {
  value: questionPromise, writable: true, configurable: true,
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// lib/internal/readline/callbacks.js: the ANSI sequences, written to `stream`.
const CSI = (strings, ...args) => {
  let text = '\x1b[';
  for (let i = 0; i < strings.length; i++) text += strings[i] + (i < args.length ? args[i] : '');
  return text;
};
function writeSequence(stream, data, callback) {
  if (stream == null) {
    if (typeof callback === 'function') binding.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined && typeof callback !== 'function') throw binding.invalidArgType('callback', 'function', callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'x' is invalid. Received NaN`);
  if (Number.isNaN(y)) throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'y' is invalid. Received NaN`);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') binding.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw binding.nodeError('TypeError', 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}
function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') binding.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return stream.write(data, callback);
}
function clearLine(stream, dir, callback) {
  const type = dir < 0 ? CSI`1K` : dir > 0 ? CSI`0K` : CSI`2K`;
  return writeSequence(stream, type, callback);
}
function clearScreenDown(stream, callback) {
  return writeSequence(stream, CSI`0J`, callback);
}
function emitKeypressEvents() {
  throw new Error("readline.emitKeypressEvents needs a TTY, which a simulated run never has: " +
                  'keypress events are not modelled by Loopscope');
}

// readline/promises: the same Interface whose question returns a promise.
class PromisesInterface extends Interface {
  question(query, options = kEmptyObject) {
    return questionPromise.call(this, query, options);
  }
}
const promises = {
  Interface: PromisesInterface,
  createInterface(input, output, completer, terminal) {
    return new PromisesInterface(input, output, completer, terminal);
  },
};

const readline = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
return readline;
