// Labelled statements: labelled break and continue (ECMA-262 14.13).
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('for', i, j);
  }
}
block: {
  console.log('in block');
  if (true) break block;
  console.log('never');
}
let n = 0;
w: while (true) {
  n++;
  do {
    if (n < 3) continue w;
    break w;
  } while (false);
}
console.log('while', n);
a: b: for (const x of [1, 2, 3]) {
  if (x === 1) continue a;
  if (x === 3) break b;
  console.log('chain', x);
}
sw: switch (1) {
  case 1:
    for (;;) break sw;
  case 2:
    console.log('never');
}
console.log('after switch');
for_in: for (const k in { p: 1, q: 2, r: 3 }) {
  for (const m of [0]) if (k === 'q') continue for_in;
  console.log('key', k);
}
// Through finally: the finally runs, then the jump resumes.
out: for (let i = 0; i < 3; i++) {
  try {
    try {
      if (i === 1) continue out;
      if (i === 2) break out;
    } finally {
      console.log('inner finally', i);
    }
  } finally {
    console.log('outer finally', i);
  }
  console.log('body end', i);
}
// A labelled jump that leaves a for-of closes its iterator.
function iterable(name) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return { value: i++, done: i > 5 }; },
        return() { console.log('close', name); return {}; },
      };
    },
  };
}
o: for (const x of iterable('outer')) {
  for (const y of iterable('inner')) {
    if (x === 0) continue o;
    if (x === 1) break o;
  }
}
l: {
  for (const y of iterable('block')) {
    try {
      break l;
    } finally {
      console.log('finally before close');
    }
  }
}
function* gen() {
  g: for (const v of iterable('gen')) {
    yield v;
    if (v === 1) break g;
  }
  return 'done';
}
console.log([...gen()]);
lbl: var z = 1;
console.log(z);
// A labelled function declaration (sloppy code) is hoisted like an unlabelled one.
console.log(typeof hoisted, hoisted());
lf: function hoisted() {
  return 'hoisted';
}
{
  m: n: function inBlock() {
    return 'in block';
  }
  console.log(inBlock());
}
// In a single-statement context, `let` before a line break is an identifier (ASI).
var let = 'let as a name';
if (true) let
{
  console.log(let);
}
