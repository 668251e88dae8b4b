// Map, Set, WeakMap and WeakSet step their iterable one entry at a time, call the
// collection's own set/add as each arrives, and close the iterator when something throws.
function* source(log, entries) {
  try {
    for (const e of entries) {
      log.push('yield ' + JSON.stringify(e));
      yield e;
    }
  } finally {
    log.push('closed');
  }
}

for (const [name, Ctor, entries] of [
  ['Map', Map, [[1, 'a'], [2, 'b'], 'bad', [3, 'c']]],
  ['WeakMap', WeakMap, [[{}, 1], [{}, 2], 7, [{}, 3]]],
]) {
  const log = [];
  try {
    new Ctor(source(log, entries));
  } catch (e) {
    log.push(e.constructor.name + ': ' + e.message);
  }
  console.log(name, log.join(' | '));
}

// A throwing adder closes the iterator before the error propagates.
const log = [];
const originalAdd = Set.prototype.add;
Set.prototype.add = function (v) {
  log.push('add ' + v);
  if (v === 2) throw new RangeError('no twos');
  return originalAdd.call(this, v);
};
try {
  new Set(source(log, [1, 2, 3]));
} catch (e) {
  log.push(e.name + ': ' + e.message);
}
Set.prototype.add = originalAdd;
console.log('Set', log.join(' | '));

// An endless iterable ends where the adder throws.
let produced = 0;
const endless = {
  [Symbol.iterator]() {
    return {
      next() { produced++; return { value: [produced], done: false }; },
      return() { console.log('return called after', produced); return {}; },
    };
  },
};
const originalSet = Map.prototype.set;
Map.prototype.set = function (k) {
  if (k === 3) throw new Error('stop at ' + produced);
  return originalSet.call(this, k, k);
};
try {
  new Map(endless);
} catch (e) {
  console.log(e.message);
}
Map.prototype.set = originalSet;

// A throwing next() does not call return().
const broken = {
  [Symbol.iterator]() {
    return {
      next() { throw new Error('next failed'); },
      return() { console.log('should not run'); return {}; },
    };
  },
};
try { new Set(broken); } catch (e) { console.log(e.message); }

// The adder is looked up once, before iteration starts, and must be callable.
class NoAdd extends Set {}
NoAdd.prototype.add = 42;
try { new NoAdd([1]); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const seen = [];
class Logging extends Map {
  set(k, v) { seen.push(k + '=' + v); return super.set(k, v); }
}
const m = new Logging([['x', 1], ['y', 2]]);
console.log(seen.join(','), m.size, [...m.keys()].join(''));
console.log(new Set('hello').size, new Map([[NaN, 1], [NaN, 2], [-0, 3], [0, 4]]).size);
console.log(new Set(null).size, new Map(undefined).size);
