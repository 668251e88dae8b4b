// require('stream/consumers'): text, json, buffer and arrayBuffer over Readables, async
// generators and a file read stream from a FileHandle; a UTF-8 character split across two
// chunks is decoded whole, and an error in the stream rejects the consumer.
const { Readable } = require('stream');
const consumers = require('stream/consumers');
const fs = require('fs');

const euro = Buffer.from('€');
(async () => {
  console.log(Object.keys(consumers).sort().filter((k) => k !== 'blob').join());
  console.log(await consumers.text(Readable.from([euro.subarray(0, 1), euro.subarray(1), 'x'])));
  console.log(await consumers.json(Readable.from(['{"a":', ' [1, 2]}'])));
  const buf = await consumers.buffer((async function* () { yield 'ab'; yield new Uint8Array([99]); })());
  console.log(Buffer.isBuffer(buf), buf.toString());
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('hello')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  fs.writeFileSync('f.txt', 'file text '.repeat(3));
  const handle = await fs.promises.open('f.txt');
  console.log(await consumers.text(handle.createReadStream()));
  const broken = new Readable({ read() { this.destroy(new Error('boom')); } });
  await consumers.text(broken).catch((e) => console.log('rejected', e.message));
  console.log(await consumers.text(Readable.from([Buffer.from([0xe2, 0x82])])) === '\ufffd');
})();
