// RunTimers reads now once: a timer that becomes due while callbacks run waits a turn.
setTimeout(() => { console.log('A'); const e = Date.now() + 20; while (Date.now() < e) {}
  setImmediate(() => console.log('I')); }, 1);
setTimeout(() => console.log('B'), 8);
