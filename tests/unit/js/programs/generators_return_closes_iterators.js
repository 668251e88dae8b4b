// A generator's return() resumed at a yield inside an expression unwinds what the
// expression had pushed and closes every iterator around the yield: a for-of's, and a
// destructuring pattern's (ECMA-262 13.15.5.5, 14.7.5.7), innermost first.
function logged(tag, onReturn) {
  return {
    [Symbol.iterator]() {
      return {
        next() { return { value: undefined, done: false }; },
        return() {
          console.log('return()', tag, arguments.length);
          if (onReturn) return onReturn();
          return {};
        },
      };
    },
  };
}
function add(a, b) { return a + b; }
function run(name, gen, value) {
  const it = gen();
  it.next();
  try {
    console.log(name, it.return(value));
  } catch (e) {
    console.log(name, 'threw', e.constructor.name, e.message);
  }
}

run('for-of, yield in a call', function* () {
  for (const x of logged('loop')) add(1, yield x);
}, 1);
run('nested for-of', function* () {
  for (const a of logged('outer')) for (const b of logged('inner')) [a, b, yield];
}, 2);
run('assignment default', function* () {
  [{} = yield] = logged('default');
}, 3);
run('assignment member', function* () {
  const o = {};
  [o[yield]] = logged('member');
}, 4);
run('rest target', function* () {
  let x;
  [x, ...{}[yield]] = logged('rest');
}, 5);
run('binding default', function* () {
  const [a = yield] = logged('binding');
}, 6);
run('for-of head pattern', function* () {
  for ([{} = yield] of [logged('head')]) {}
}, 7);
run('nested patterns', function* () {
  [[{} = yield]] = [logged('inner-pattern')];
}, 8);
run('through finally', function* () {
  try {
    [{} = yield] = logged('try');
  } finally {
    console.log('finally runs after the close');
  }
}, 9);
run('switch in a for-of', function* () {
  for (const x of logged('switch')) {
    switch (x) {
      case undefined: add(2, yield);
    }
  }
}, 10);
run('return() throws', function* () {
  [{} = yield] = logged('throws', () => { throw new Error('from return()'); });
}, 11);
run('return() gives null', function* () {
  [{} = yield] = logged('null', () => null);
}, 12);
run('done iterator not closed', function* () {
  const [a, b = yield] = [1];
}, 13);
