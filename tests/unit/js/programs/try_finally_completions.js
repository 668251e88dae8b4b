// try/finally completions (ECMA-262 14.15.3): a finally block that completes normally
// resumes the pending completion; one that ends abruptly replaces it.
const log = [];

// continue in finally over a break
for (let i = 0; i < 3; i++) {
  try { log.push('b' + i); break; } finally { log.push('f' + i); continue; }
}
console.log('continue over break:', log.join(' '));

// continue in finally over a return
function continueOverReturn() {
  let n = 0;
  for (let i = 0; i < 3; i++) {
    try { n++; return 'early' + n; } finally { if (i < 2) continue; }
  }
  return 'late' + n;
}
console.log('continue over return:', continueOverReturn());

// break in finally over a continue
const out = [];
for (let i = 0; i < 5; i++) {
  try { out.push(i); continue; } finally { if (i === 2) break; }
}
console.log('break over continue:', out);

// break in finally over a return and over a throw
function breakOverReturn() {
  while (true) {
    try { return 'returned'; } finally { break; }
  }
  return 'after loop';
}
console.log('break over return:', breakOverReturn());
function breakOverThrow() {
  do {
    try { throw new Error('lost'); } finally { break; }
  } while (false);
  return 'swallowed';
}
console.log('break over throw:', breakOverThrow());

// return overridden by finally, and a finally that completes normally keeps the return
function returnOverReturn() {
  try { return 1; } finally { return 2; }
}
function keepsReturn() {
  let x = 1;
  try { return x; } finally { x = 99; }
}
console.log('return over return:', returnOverReturn(), 'kept:', keepsReturn());

// throw inside finally replaces a pending return, break or throw
function throwOverReturn() {
  try { return 'no'; } finally { throw new Error('from finally'); }
}
try { throwOverReturn(); } catch (e) { console.log('throw over return:', e.message); }
for (const k of [1]) {
  try {
    try { break; } finally { throw new Error('over break ' + k); }
  } catch (e) { console.log('throw over break:', e.message); }
}
try {
  try { throw new Error('first'); } finally { throw new Error('second'); }
} catch (e) { console.log('throw over throw:', e.message); }

// nested finally blocks: a break crosses both, in order
const order = [];
for (let i = 0; i < 2; i++) {
  try {
    try { order.push('try' + i); if (i === 1) break; } finally { order.push('inner' + i); }
  } finally { order.push('outer' + i); }
}
console.log('nested:', order.join(' '));

// a return crossing three finally blocks; the middle one overrides it with continue
function threeDeep() {
  const seen = [];
  for (let i = 0; i < 2; i++) {
    try {
      try {
        try { return seen.concat('ret' + i); } finally { seen.push('a' + i); }
      } finally { seen.push('b' + i); if (i === 0) continue; }
    } finally { seen.push('c' + i); }
  }
  return seen;
}
console.log('three deep:', threeDeep().join(' '));

// catch between: break from the catch clause runs the finally once
const cat = [];
for (let i = 0; i < 3; i++) {
  try { throw i; } catch (e) { cat.push('catch' + e); if (e === 1) break; } finally { cat.push('fin' + i); }
}
console.log('catch then finally:', cat.join(' '));

// for-of and switch slots under a finally
function inSwitch(v) {
  for (const x of [1, 2, 3]) {
    switch (v) {
      case 1:
        try { continue; } finally { if (x === 2) return 'switch ' + x; }
      default:
        return 'default';
    }
  }
  return 'end';
}
console.log(inSwitch(1), inSwitch(2));

// async: a pending return resumed after an await inside finally
async function asyncFinally() {
  try { return 'async value'; } finally { await null; console.log('async finally ran'); }
}
asyncFinally().then((v) => console.log('async:', v));
async function asyncOverride() {
  for (let i = 0; i < 3; i++) {
    try { await null; return i; } finally { if (i < 2) continue; }
  }
}
asyncOverride().then((v) => console.log('async override:', v));
