// engine/node/lib/test_tap.js — node:test's TAP reporter, ported from Node 20's
// lib/internal/test_runner/reporter/tap.js (the reporter Node picks when stdout is not a TTY),
// and the stream of reporter events (lib/internal/test_runner/tests_stream.js) it reads.
//
// Node pipes the events through a Readable, an async generator and process.stdout, so the
// text reaches stdout a few ticks after the event. Here the lines are buffered and written
// together from one process.nextTick, which keeps the order Node shows relative to the
// program's own console output: a test's report follows the output of the microtasks that
// ran before it. Returns { TestsStream }; lib/test_runner.js owns the one instance.
'use strict';

const kDefaultIndent = '    ';
const kFrameStartRegExp = /^ {4}at /;
const kLineBreakRegExp = /\n|\r\n/;
const inspectOptions = { colors: false, breakLength: Infinity };
// The failure types whose ERR_TEST_FAILURE shows the program's own error (test.js
// kUnwrapErrors).
const kUnwrapErrors = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException',
                               'unhandledRejection']);

function indent(nesting) {
  return kDefaultIndent.repeat(nesting);
}

// In certain places, # and \ need to be escaped as \# and \\.
function tapEscape(input) {
  let result = input.replaceAll('\b', '\\b');
  result = result.replaceAll('\f', '\\f');
  result = result.replaceAll('\t', '\\t');
  result = result.replaceAll('\n', '\\n');
  result = result.replaceAll('\r', '\\r');
  result = result.replaceAll('\v', '\\v');
  result = result.replaceAll('\\', '\\\\');
  result = result.replaceAll('#', '\\#');
  return result;
}

function reportTest(nesting, testNumber, status, name, skip, todo) {
  let line = `${indent(nesting)}${status} ${testNumber}`;
  if (name) line += ` ${tapEscape(`- ${name}`)}`;
  if (skip !== undefined) {
    line += ` # SKIP${typeof skip === 'string' && skip.length ? ` ${tapEscape(skip)}` : ''}`;
  } else if (todo !== undefined) {
    line += ` # TODO${typeof todo === 'string' && todo.length ? ` ${tapEscape(todo)}` : ''}`;
  }
  return line + '\n';
}

function reportDetails(nesting, data, location) {
  const { error, duration_ms } = data;
  const _indent = indent(nesting);
  let details = `${_indent}  ---\n`;
  details += jsToYaml(_indent, 'duration_ms', duration_ms);
  details += jsToYaml(_indent, 'type', data.type);
  if (location) details += jsToYaml(_indent, 'location', location);
  details += jsToYaml(_indent, null, error, new Set());
  details += `${_indent}  ...\n`;
  return details;
}

function isAssertionLike(value) {
  return value && typeof value === 'object' && 'expected' in value && 'actual' in value;
}

function isError(value) {
  return value instanceof Error;
}

// The stack's frames without their "    at ", one per line.
function yamlStack(indent, stack) {
  const frames = [];
  for (const frame of stack.split(kLineBreakRegExp)) {
    const processed = frame.replace(kFrameStartRegExp, '');
    if (processed.length > 0 && processed.length !== frame.length) frames.push(processed);
  }
  if (frames.length === 0) return '';
  const frameDelimiter = `\n${indent}    `;
  return `${indent}  stack: |-${frameDelimiter}${frames.join(frameDelimiter)}\n`;
}

// An error's own fields, then its message, code, name, the assertion's expected/actual/
// operator and the stack; an ERR_TEST_FAILURE wrapping the program's error shows that
// error's (tap.js jsToYaml).
function errorToYaml(indent, value, seen) {
  const { cause, code, failureType, message, expected, actual, operator, stack, name } = value;
  let errMsg = message ?? '<unknown error>';
  let errName = name;
  let errStack = stack;
  let errCode = code;
  let errExpected = expected;
  let errActual = actual;
  let errOperator = operator;
  let errIsAssertion = isAssertionLike(value);
  if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
    errStack = cause?.stack ?? errStack;
    errCode = cause?.code ?? errCode;
    errName = cause?.name ?? errName;
    errMsg = cause?.message ?? errMsg;
    if (isAssertionLike(cause)) {
      errExpected = cause.expected;
      errActual = cause.actual;
      errOperator = cause.operator ?? errOperator;
      errIsAssertion = true;
    }
  }
  let result = jsToYaml(indent, 'error', errMsg, seen);
  if (errCode) result += jsToYaml(indent, 'code', errCode, seen);
  if (errName && errName !== 'Error') result += jsToYaml(indent, 'name', errName, seen);
  if (errIsAssertion) {
    result += jsToYaml(indent, 'expected', errExpected, new Set(seen));
    result += jsToYaml(indent, 'actual', errActual, new Set(seen));
    if (errOperator) result += jsToYaml(indent, 'operator', errOperator, seen);
  }
  if (typeof errStack === 'string') result += yamlStack(indent, errStack);
  return result;
}

function jsToYaml(indent, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${indent}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    if (typeof value !== 'string') {
      return `${prefix} ${binding.inspect(value, inspectOptions)}\n`;
    }
    const lines = value.split(kLineBreakRegExp);
    if (lines.length === 1) return `${prefix} ${binding.inspect(value, inspectOptions)}\n`;
    let str = `${prefix} |-\n`;
    for (const line of lines) str += `${indent}    ${line}\n`;
    return str;
  }
  seen.add(value);
  const isErrorObj = isError(value);
  let propsIndent = indent;
  let result = '';
  if (name != null) {
    result += prefix;
    // YAML uses the ISO-8601 standard to express dates.
    if (value instanceof Date) result += ' ' + value.toISOString();
    result += '\n';
    propsIndent += '  ';
  }
  for (const [key, entry] of Object.entries(value)) {
    if (isErrorObj && (key === 'cause' || key === 'code')) continue;
    if (seen.has(entry)) {
      result += `${propsIndent}  ${key}: <Circular>\n`;
      continue;
    }
    result += jsToYaml(propsIndent, key, entry, seen);
  }
  if (isErrorObj) result += errorToYaml(indent, value, seen);
  return result;
}

// One event as TAP text (tap.js tapReporter's switch); events TAP does not show give ''.
function Format(type, data) {
  switch (type) {
    case 'test:fail': {
      const location = data.file ? `${data.file}:${data.line}:${data.column}` : null;
      return reportTest(data.nesting, data.testNumber, 'not ok', data.name, data.skip, data.todo) +
             reportDetails(data.nesting, data.details, location);
    }
    case 'test:pass':
      return reportTest(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo) +
             reportDetails(data.nesting, data.details, null);
    case 'test:plan':
      return `${indent(data.nesting)}1..${data.count}\n`;
    case 'test:start':
      return `${indent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
    case 'test:diagnostic':
      return `${indent(data.nesting)}# ${tapEscape(data.message)}\n`;
    default:
      return '';
  }
}

// tests_stream.js TestsStream: the reporter events, each also emitted to listeners (the
// harness sets process.exitCode on 'test:fail').
class TestsStream {
  #listeners = new Map();
  #buffer = '';
  #started = false;
  #flushing = false;

  on(type, fn) {
    this.#listeners.set(type, fn);
  }

  fail(nesting, loc, testNumber, name, details, directive) {
    this.#emit('test:fail', { name, nesting, testNumber, details, ...loc, ...directive });
  }
  ok(nesting, loc, testNumber, name, details, directive) {
    this.#emit('test:pass', { name, nesting, testNumber, details, ...loc, ...directive });
  }
  complete(nesting, loc, testNumber, name, details, directive) {
    this.#emit('test:complete', { name, nesting, testNumber, details, ...loc, ...directive });
  }
  plan(nesting, loc, count) {
    this.#emit('test:plan', { nesting, count, ...loc });
  }
  getSkip(reason = undefined) {
    return { skip: reason ?? true };
  }
  getTodo(reason = undefined) {
    return { todo: reason ?? true };
  }
  enqueue(nesting, loc, name) {
    this.#emit('test:enqueue', { nesting, name, ...loc });
  }
  dequeue(nesting, loc, name) {
    this.#emit('test:dequeue', { nesting, name, ...loc });
  }
  start(nesting, loc, name) {
    this.#emit('test:start', { nesting, name, ...loc });
  }
  diagnostic(nesting, loc, message) {
    this.#emit('test:diagnostic', { nesting, message, ...loc });
  }
  end() {}

  #emit(type, data) {
    this.#listeners.get(type)?.(data);
    if (!this.#started) {
      this.#started = true;
      this.#buffer += 'TAP version 13\n';
    }
    this.#buffer += Format(type, data);
    if (this.#flushing || this.#buffer === '') return;
    this.#flushing = true;
    binding.nextTick(() => {
      this.#flushing = false;
      const text = this.#buffer;
      this.#buffer = '';
      process.stdout.write(text);
    });
  }
}

return { TestsStream };
