// engine/node/lib/assert.js — `assert` and `assert/strict`, ported from Node 20's lib/assert.js,
// lib/internal/assert/assertion_error.js (the messages and createErrDiff's "+ actual
// - expected" diff, verbatim) and lib/internal/util/comparisons.js (deep equality).
//
// Internal library code: an AssertionError's stack starts at the user's call. Values in
// messages are shown as Node's inspectValue shows them (compact: false, sorted keys), which
// InspectExpanded below reproduces for plain data; other values use util.inspect. What the
// subset lacks (RegExp, Symbol) leaves assert.match and RegExp validators out.
'use strict';

// [SECTION] assertion_error.js
const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kMaxShortLength = 12;

function IsIdentifier(key) {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

// util.inspect(v, { compact: false, sorted: true, breakLength: Infinity }) for arrays and
// plain or class-built objects: one entry per line, two spaces per level.
function InspectExpanded(v, indent, seen) {
  if (typeof v !== 'object' || v === null || v instanceof Error ||
      binding.isPromise(v) || seen.includes(v)) {
    return binding.inspect(v);
  }
  const proto = Object.getPrototypeOf(v);
  // A TypedArray is listed as an array is, after `Uint8Array(n) `.
  const isTyped = ArrayBuffer.isView(v) && !(v instanceof DataView);
  const isArray = Array.isArray(v) || isTyped;
  if (!isArray && proto !== Object.prototype && proto !== null &&
      (proto.constructor === Map || proto.constructor === Set)) {
    return binding.inspect(v);
  }
  const inner = indent + '  ';
  seen.push(v);
  const entries = [];
  if (isArray) {
    for (let i = 0; i < v.length; i++) entries.push(inner + InspectExpanded(v[i], inner, seen));
  }
  const keys = Object.keys(v).filter((k) => !isArray || !(String(k >>> 0) === k && k < v.length));
  keys.sort();
  for (const k of keys) {
    const shown = IsIdentifier(k) ? k : binding.inspect(k);
    entries.push(inner + shown + ': ' + InspectExpanded(v[k], inner, seen));
  }
  seen.pop();
  let prefix = '';
  if (isTyped) prefix = proto.constructor.name + '(' + v.length + ') ';
  else if (proto === null) prefix = '[Object: null prototype] ';
  else if (!isArray && proto.constructor && proto.constructor.name !== 'Object') {
    prefix = proto.constructor.name + ' ';
  }
  const open = isArray ? '[' : '{';
  const close = isArray ? ']' : '}';
  if (entries.length === 0) return prefix + open + close;
  return prefix + open + '\n' + entries.join(',\n') + '\n' + indent + close;
}

function inspectValue(v) {
  return InspectExpanded(v, '', []);
}

function createErrDiff(actual, expected, operator, message) {
  let other = '';
  let res = '';
  let end = '';
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' &&
        expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const actualRaw = actualLines[0];
    const expectedRaw = expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return (message || kReadableOperator[operator]) + '\n\n' + actualLines[0] + ' !== ' +
               expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject') {
      // stderr is not a TTY here: Node's default of 80 columns.
      if (inputLength < 80) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = '\n  ' + ' '.repeat(i) + '^';
          i = 0;
        }
      }
    }
  }
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = '\n  ' + a + end;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      while (lines.length > 47) lines.pop();
    }
    return kReadableOperator.notIdentical + '\n\n' + lines.join('\n') + '\n';
  }
  if (i >= 5) {
    end = '\n...' + end;
    skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }
  let printedLines = 0;
  let identical = 0;
  const msg = (message || kReadableOperator[operator]) + '\n+ actual - expected';
  const skippedMsg = ' ... Lines skipped';
  let lines = actualLines;
  let plusMinus = '+';
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    maxLength = actualLines.length;
  }
  // Identical lines before a divergence: up to two shown, more collapsed into "...".
  const flushIdentical = (source) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += '\n  ' + source[i - 3];
            printedLines++;
          } else {
            res += '\n...';
            skipped = true;
          }
        }
        res += '\n  ' + source[i - 2];
        printedLines++;
      }
      res += '\n  ' + source[i - 1];
      printedLines++;
    }
    identical = 0;
  };
  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      flushIdentical(lines);
      if (lines === actualLines) res += '\n' + plusMinus + ' ' + lines[i];
      else other += '\n' + plusMinus + ' ' + lines[i];
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let divergingLines = actualLine !== expectedLine &&
                           (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && expectedLine.endsWith(',') &&
          expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        flushIdentical(actualLines);
        res += '\n+ ' + actualLine;
        other += '\n- ' + expectedLine;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += '\n  ' + actualLine;
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
    }
  }
  return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
}

function GeneratedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator, '');
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = '...';
      while (res.length > 47) res.pop();
    }
    if (res.length === 1) return base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
    return base + '\n\n' + res.join('\n') + '\n';
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = knownOperator + '\n\n' + res;
    return res.length > 1024 ? res.slice(0, 1021) + '...' : res;
  }
  if (res.length > 512) res = res.slice(0, 509) + '...';
  if (other.length > 512) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    res = knownOperator + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
  } else {
    const newOp = kReadableOperator[operator + 'Unequal'];
    if (newOp) res = newOp + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
    else other = ' ' + operator + ' ' + other;
  }
  return res + other;
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null) {
      throw binding.invalidArgType('options', 'object', options);
    }
    const { message, operator } = options;
    const { actual, expected } = options;
    let text;
    if (message != null) {
      text = operator === 'deepStrictEqual' || operator === 'strictEqual'
                 ? createErrDiff(actual, expected, operator, message)
                 : String(message);
    } else {
      text = GeneratedMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    // A null-prototype descriptor: a program's Object.prototype.get must not turn it into
    // an accessor (test-assert-fail.js).
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError', enumerable: false, writable: true,
      configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    // Node captures the stack while the name reads 'AssertionError [ERR_ASSERTION]'.
    // The message may span lines: the frames start at the first "\n    at ".
    const stack = this.stack;
    const at = stack.indexOf('\n    at ');
    this.stack = 'AssertionError [ERR_ASSERTION]: ' + text + (at === -1 ? '' : stack.slice(at));
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

// [SECTION] comparisons.js: isDeepStrictEqual / isDeepEqual
function IsDeepEqual(a, b, strict, memo) {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (strict) return Object.is(a, b);
    if (a == b) return true;  // eslint-disable-line eqeqeq
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (a === b) return true;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (a instanceof Date && b instanceof Date && a.getTime() !== b.getTime()) return false;
  if (a instanceof Error && b instanceof Error &&
      (a.message !== b.message || a.name !== b.name)) {
    return false;
  }
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (a instanceof Map || a instanceof Set) {
    if (!(b instanceof Map || b instanceof Set) || a.size !== b.size) return false;
    const ea = Array.from(a.entries());
    const eb = Array.from(b.entries());
    return IsDeepEqual(ea, eb, strict, memo);
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
  }
  for (const pair of memo) {
    if (pair[0] === a && pair[1] === b) return true;
  }
  memo.push([a, b]);
  for (const k of ka) {
    if (!IsDeepEqual(a[k], b[k], strict, memo)) return false;
  }
  memo.pop();
  return true;
}
const isDeepStrictEqual = (a, b) => IsDeepEqual(a, b, true, []);
const isDeepEqual = (a, b) => IsDeepEqual(a, b, false, []);

// [SECTION] assert.js
// Node's report of an uncaught AssertionError names the line of lib/assert.js that threw it.
const kThrowSites = {
  innerFail: 'node:assert:90\n  throw new AssertionError(obj);\n  ^\n',
  ok: 'node:internal/assert/utils:281\n    throw err;\n    ^\n',
  fail: 'node:assert:137\n  throw err;\n  ^\n',
  missingArgs: 'node:assert:309\n    throw new ERR_MISSING_ARGS(\'actual\', \'expected\');\n    ^\n',
  comparison: 'node:assert:377\n      throw err;\n      ^\n',
  expected: 'node:assert:491\n    throw err;\n    ^\n',
  ifError: 'node:assert:733\n    throw newErr;\n    ^\n',
  match: 'node:assert:768\n    throw err;\n    ^\n',
};

function Raise(err, site) {
  binding.throwSite(err, kThrowSites[site]);
  throw err;
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  Raise(new AssertionError(obj), 'innerFail');
}

// The source of the failing `assert(...)` / `assert.ok(...)` call, as Node's getErrMessage
// reads it from the file at the call site's line and column.
function CallSource(err) {
  // The stack's first frame is the user's call: "    at f (/path/file.js:LINE:COL)".
  const frames = err.stack.split('\n');
  if (frames.length < 2) return undefined;
  const parts = frames[1].split(':');
  if (parts.length < 3) return undefined;
  const line = Number(parts[parts.length - 2]);
  const column = parseInt(parts[parts.length - 1], 10);
  if (!(line > 0) || !(column > 0)) return undefined;
  const text = binding.sourceLine(line);
  let start = column - 1;
  const isName = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c === '_' || c === '$' || c === '.';
  while (start > 0 && isName(text[start - 1])) start--;
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '\'' || c === '"' || c === '`') {
      quote = c;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const code = CallSource(new Error());
    message = code === undefined ? 'The expression evaluated to a falsy value'
                                 : 'The expression evaluated to a falsy value:\n\n  ' + code + '\n';
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
  err.generatedMessage = generatedMessage;
  Raise(err, 'ok');
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(actual, expected, message, operator) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else if (argsLen === 2) {
    operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, operator: operator === undefined ? 'fail' : operator, message });
  if (internalMessage) err.generatedMessage = true;
  Raise(err, 'fail');
};

function CheckArgs(argsLen) {
  if (argsLen < 2) Raise(binding.missingArgs('actual', 'expected'), 'missingArgs');
}

assert.equal = function equal(actual, expected, message) {
  CheckArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==' });
  }
};
assert.notEqual = function notEqual(actual, expected, message) {
  CheckArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=' });
  }
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  CheckArgs(arguments.length);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual' });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  CheckArgs(arguments.length);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual' });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  CheckArgs(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
  }
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  CheckArgs(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
  }
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  CheckArgs(arguments.length);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual' });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  CheckArgs(arguments.length);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual' });
};

// lib/assert.js Comparison: the validation object's keys, for the diff of a failed throws().
class Comparison {
  constructor(obj, keys) {
    for (const key of keys) {
      if (key in obj) this[key] = obj[key];
    }
  }
}

function expectedException(actual, expected, message, fn) {
  if (typeof expected !== 'function') {
    // A validation object against a primitive: one deepStrictEqual failure.
    if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual' });
      err.operator = fn.name;
      Raise(err, 'comparison');
    }
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (const key of keys) {
      if (typeof actual === 'object' && actual !== null && key in actual &&
          isDeepStrictEqual(actual[key], expected[key])) {
        continue;
      }
      // A RegExp value matches a string property (lib/assert.js compareExceptionKey).
      if (typeof actual[key] === 'string' && expected[key] instanceof RegExp &&
          expected[key].exec(actual[key]) !== null) {
        continue;
      }
      if (message) innerFail({ actual, expected, message, operator: fn.name });
      const err = new AssertionError({
        actual: new Comparison(actual, keys), expected: new Comparison(expected, keys),
        operator: 'deepStrictEqual' });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      Raise(err, 'comparison');
    }
    return;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return;
  if (Error.prototype.isPrototypeOf(expected.prototype) || expected === Error) {
    let text = 'The error is expected to be an instance of "' + expected.name + '". Received ';
    if (actual instanceof Error) text += '"' + actual.constructor.name + '"';
    else text += '"' + binding.inspect(actual) + '"';
    if (actual && actual.message !== undefined) text += '\n\nError message:\n\n' + actual.message;
    const err = new AssertionError({ actual, expected, message: message || text, operator: fn.name });
    err.generatedMessage = !message;
    Raise(err, 'expected');
  }
  const res = expected.call({}, actual);
  if (res !== true) {
    const name = expected.name ? '"' + expected.name + '" ' : '';
    const text = 'The ' + name + 'validation function is expected to return "true". Received ' +
                 binding.inspect(res) + '\n\nCaught error:\n\n' + String(actual);
    const err = new AssertionError({ actual, expected, message: message || text, operator: fn.name });
    err.generatedMessage = !message;
    Raise(err, 'expected');
  }
}

const kNoException = {};

function getActual(fn) {
  if (typeof fn !== 'function') throw binding.invalidArgType('fn', 'function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return kNoException;
}

// lib/assert.js checkIsPromise: a native promise, or a thenable that also has catch().
function checkIsPromise(obj) {
  return binding.isPromise(obj) || (obj !== null && typeof obj === 'object' &&
    typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw binding.invalidReturn('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw binding.invalidArgType('promiseFn', 'function or an instance of Promise', promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return kNoException;
}

// V8 gives an error thrown after an await the frames of the async functions awaiting it.
// For the AssertionError of an assert.rejects/doesNotReject awaited by another one (its
// waitForActual), those are Node's lines: the program can read them from err.stack
// (test-assert-async.js matches /rejects/). Loopscope's interpreter hides its library's
// frames, so the library adds them when the outer call receives the error.
const kAsyncAssertFrames = {
  rejects: '\n    at async Function.rejects (node:assert:654:25)',
  doesNotReject: '\n    at async Function.doesNotReject (node:assert:674:25)',
};
const kRaisedAfterAwait = Symbol('kRaisedAfterAwait');

async function waitForAssertActual(outer, promiseFn) {
  const actual = await waitForActual(promiseFn);
  if (actual instanceof AssertionError && actual[kRaisedAfterAwait] === true &&
      typeof actual.stack === 'string' && !actual.stack.includes('\n    at ')) {
    actual.stack += '\n    at async waitForActual (node:assert:533:5)' + kAsyncAssertFrames[outer];
  }
  return actual;
}

// Marks the AssertionError an async assertion raises after its await.
function RaiseAfterAwait(check) {
  try {
    check();
  } catch (err) {
    if (err instanceof AssertionError) {
      Object.defineProperty(err, kRaisedAfterAwait, { __proto__: null, value: true });
    }
    throw err;
  }
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw binding.invalidArgType('error', 'function or an instance of Error, RegExp, or Object', error);
  }
  if (actual === kNoException) {
    let details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: stackStartFn.name,
                message: 'Missing expected ' + fnType + details });
  }
  if (error) expectedException(actual, error, message, stackStartFn);
}

// lib/assert.js hasMatchingError: a RegExp tests String(actual); a class matches its
// instances; any other function is a validation function returning true.
function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) return expected.exec(String(actual)) !== null;
    throw binding.invalidArgType('expected', 'function or an instance of RegExp', expected);
  }
  // Arrow functions have no prototype.
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === kNoException) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? ': ' + message : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({ actual, expected: error, operator: stackStartFn.name,
                message: 'Got unwanted ' + fnType + details + '\nActual message: "' +
                         (actual && actual.message) + '"' });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};
assert.rejects = async function rejects(promiseFn, ...args) {
  const actual = await waitForAssertActual('rejects', promiseFn);
  RaiseAfterAwait(() => expectsError(rejects, actual, ...args));
};
assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};
assert.doesNotReject = async function doesNotReject(fn, ...args) {
  const actual = await waitForAssertActual('doesNotReject', fn);
  RaiseAfterAwait(() => expectsNoError(doesNotReject, actual, ...args));
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += binding.inspect(err);
  }
  Raise(new AssertionError({ actual: err, expected: null, operator: 'ifError', message }), 'ifError');
};

// lib/assert.js internalMatch: match / doesNotMatch over RegExp.prototype.exec.
function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) throw binding.invalidArgType('regexp', 'an instance of RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string === 'string' && (RegExp.prototype.exec.call(regexp, string) !== null) === match) {
    return;
  }
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  message = message || (typeof string !== 'string' ?
    'The "string" argument must be of type string. Received type ' +
      `${typeof string} (${binding.inspect(string)})` :
    (match ? 'The input did not match the regular expression ' :
      'The input was expected to not match the regular expression ') +
      `${binding.inspect(regexp)}. Input:\n\n${binding.inspect(string)}\n`);
  const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name });
  err.generatedMessage = generatedMessage;
  Raise(err, 'match');
}
assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
for (const key of Object.keys(assert)) strict[key] = assert[key];
strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;

return assert;
