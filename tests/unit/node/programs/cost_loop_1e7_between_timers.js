// A counting loop of 1e7 iterations takes V8 (tiered up to
// optimised code early), but tens of ms in all: the 12 ms timer set before it fires first.
setTimeout(() => console.log('timeout 12'), 12);
for (let i = 0; i < 1e7; i++) {}
setTimeout(() => console.log('timeout 0'), 0);
