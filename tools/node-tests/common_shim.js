// tools/node-tests/common_shim.js — the part of Node's test/common that the adapted
// test/parallel tests use, appended to each test by tools/node-tests/run.py (a function
// declaration, so it is hoisted above the test's own `require('../common')`, which the
// runner rewrites to `__loopscopeCommon()`). Call counts are checked in an 'exit' listener
// as test/common/index.js does; a failure throws there, so the exit code is not 0.
function __loopscopeCommon() {
  const util = require('util');
  const checks = [];
  process.on('exit', () => {
    for (const c of checks) {
      if (c.field === 'exact' ? c.actual !== c.expected : c.actual < c.expected) {
        throw new Error('Mismatched ' + c.name + ' function calls. Expected ' +
                        (c.field === 'exact' ? 'exactly' : 'at least') + ' ' +
                        c.expected + ', actual ' + c.actual + '.');
      }
    }
  });
  function noop() {}
  function mustCallInner(fn, criteria, field) {
    if (typeof fn === 'number') { criteria = fn; fn = noop; }
    if (fn === undefined) fn = noop;
    if (criteria === undefined) criteria = 1;
    const check = { name: fn.name || '<anonymous>', expected: criteria, actual: 0, field };
    checks.push(check);
    return function(...args) {
      check.actual++;
      return fn.apply(this, args);
    };
  }
  function mustCall(fn, exact) { return mustCallInner(fn, exact, 'exact'); }
  function mustCallAtLeast(fn, min) { return mustCallInner(fn, min, 'minimum'); }
  function mustSucceed(fn, exact) {
    return mustCall(function(err, ...args) {
      if (err) throw err;
      if (typeof fn === 'function') return fn.apply(this, args);
    }, exact);
  }
  function mustNotCall(msg) {
    return function mustNotCall() {
      throw new Error(msg || 'function should not have been called');
    };
  }
  function expectsError(validator, exact) {
    return mustCall((...args) => {
      const error = args.pop();
      require('assert').throws(() => { throw error; }, validator);
      return true;
    }, exact);
  }
  const warnings = {};
  let warningListener = false;
  function expectWarning(nameOrMap, expected, code) {
    if (!warningListener) {
      warningListener = true;
      process.on('warning', (w) => {
        if (!warnings[w.name]) throw new TypeError('"' + w.name + '" was triggered without being expected.');
        warnings[w.name](w);
      });
    }
    function one(name, exp, code) {
      if (typeof exp === 'string') exp = [[exp, code]];
      else if (!Array.isArray(exp)) exp = Object.entries(exp).map(([a, b]) => [b, a]);
      else if (exp.length !== 0 && !Array.isArray(exp[0])) exp = [[exp[0], exp[1]]];
      return mustCall((w) => {
        const e = exp.shift();
        if (!e) throw new Error('Unexpected extra warning received: ' + w);
        const assert = require('assert');
        assert.strictEqual(w.name, name);
        if (typeof e[0] === 'string') assert.strictEqual(w.message, e[0]);
        else assert.match(w.message, e[0]);
        assert.strictEqual(w.code, e[1]);
      }, exp.length);
    }
    if (typeof nameOrMap === 'string') warnings[nameOrMap] = one(nameOrMap, expected, code);
    else for (const k of Object.keys(nameOrMap)) warnings[k] = one(k, nameOrMap[k]);
  }
  function invalidArgTypeHelper(input) {
    if (input == null) return ' Received ' + input;
    if (typeof input === 'function') return ' Received function ' + input.name;
    if (typeof input === 'object') {
      if (input.constructor && input.constructor.name) {
        return ' Received an instance of ' + input.constructor.name;
      }
      return ' Received ' + util.inspect(input, { depth: -1 });
    }
    let inspected = util.inspect(input, { colors: false });
    if (inspected.length > 28) inspected = inspected.slice(inspected, 0, 25) + '...';
    return ' Received type ' + typeof input + ' (' + inspected + ')';
  }
  function skip(msg) {
    console.log('1..0 # Skipped: ' + msg);
    process.exit(0);
  }
  return {
    mustCall, mustCallAtLeast, mustSucceed, mustNotCall, expectsError, expectWarning,
    invalidArgTypeHelper, skip,
    printSkipMessage: (msg) => console.log('1..0 # Skipped: ' + msg),
    platformTimeout: (ms) => ms,
    allowGlobals: noop,
    mustNotMutateObjectDeep: (o) => o,
    isWindows: false, isMacOS: false, isOSX: false, isLinux: true, isAIX: false,
    isSunOS: false, isFreeBSD: false, isOpenBSD: false, isIBMi: false, isDumbTerminal: false,
    hasCrypto: true, hasIntl: false, hasIPv6: false, isMainThread: true,
    enoughTestMem: false, hasMultiLocalhost: () => false,
    localhostIPv4: '127.0.0.1', PORT: 12346,
    buildType: 'Release',
    tmpdir: __loopscopeTmpdir(),
  };
}

// test/common/tmpdir.js: a scratch directory under the working directory.
function __loopscopeTmpdir() {
  const fs = require('fs');
  const path = require('path');
  const dir = path.join(process.cwd(), '.tmp.0');
  return {
    path: dir,
    refresh() {
      try { fs.rmSync(dir, { recursive: true, force: true }); } catch (e) {}
      fs.mkdirSync(dir, { recursive: true });
    },
    resolve(...parts) { return path.resolve(dir, ...parts); },
    hasEnoughSpace: () => true,
    fileURL: (...parts) => 'file://' + path.resolve(dir, ...parts),
  };
}
