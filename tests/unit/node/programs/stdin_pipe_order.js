// process.stdin on a pipe: a net.Socket whose bytes arrive in the first poll phase, then
// 'end' from a nextTick, then 'close' in the close phase (autoDestroy).
const s = process.stdin;
console.log(s.constructor.name, s.isTTY, s.fd, s.readableHighWaterMark, s.writable);
s.on('data', (d) => {
  console.log('data', JSON.stringify(String(d)), d.length, Buffer.isBuffer(d));
  process.nextTick(() => console.log('tick after data'));
  Promise.resolve().then(() => console.log('micro after data'));
  setImmediate(() => console.log('immediate after data'));
  setTimeout(() => console.log('timeout after data'), 0);
});
s.on('end', () => {
  console.log('end');
  setImmediate(() => console.log('immediate after end'));
});
s.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
console.log('sync end');
