// A counting loop of 1e8 iterations: V8 tiers it up to optimised code early, and it still
// takes about 45 ms (more on a loaded machine), so the 12 ms timer set before it is due
// when the loop ends and fires first.
setTimeout(() => console.log('timeout 12'), 12);
for (let i = 0; i < 1e8; i++) {}
setTimeout(() => console.log('timeout 0'), 0);
