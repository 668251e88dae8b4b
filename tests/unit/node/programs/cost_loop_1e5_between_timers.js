// 1e5 empty iterations take V8 about a millisecond (interpreted at first, then optimised),
// so the 0 ms timer set after the loop is due before the 12 ms timer set before it.
setTimeout(() => console.log('timeout 12'), 12);
for (let i = 0; i < 1e5; i++) {}
setTimeout(() => console.log('timeout 0'), 0);
