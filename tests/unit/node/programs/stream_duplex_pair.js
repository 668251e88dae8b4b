// stream.duplexPair(): what one side writes the other reads, the write callback waiting for
// the other side's read, and ending one side ending the other's readable half.
const { duplexPair } = require('stream');
const [a, b] = duplexPair({ highWaterMark: 4 });
b.on('data', (c) => console.log('b got', c.toString()));
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));
console.log('write1', a.write('hello'));
console.log('write2', a.write('world', () => console.log('write2 cb')));
a.end();
b.write('back');
a.on('data', (c) => console.log('a got', c.toString()));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
