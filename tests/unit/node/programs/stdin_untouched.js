// A program that never reads stdin: the loop is not kept alive by it, even when the
// property is read (node's stdin is lazy and starts paused).
const s = process.stdin;
console.log(typeof s.on, s.readableFlowing);
setTimeout(() => console.log('timeout'), 1);
