// 'drain' against write callbacks, nextTicks, promises and immediates, for a consumer that
// finishes synchronously and one that finishes from an immediate; then a pipe from an object-mode
// source with highWaterMark 2 into a slow object-mode writer.
const { Readable, Writable } = require('stream');

function consumer(name, hwm, finish) {
  return new Writable({
    highWaterMark: hwm,
    write(chunk, encoding, done) {
      console.log(`${name} write ${chunk}`);
      finish(done);
    },
  });
}

const sync = consumer('sync', 2, (done) => done());
console.log('sync write returned', sync.write('ab', () => console.log('sync cb ab')));
console.log('sync write returned', sync.write('cd', () => console.log('sync cb cd')));
sync.on('drain', () => console.log('sync drain'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate'));

const slow = consumer('slow', 3, (done) => setImmediate(done));
let n = 0;
function produce() {
  while (n < 5) {
    n++;
    if (!slow.write(`c${n}`, () => console.log(`slow cb c${n}`))) {
      console.log(`slow write c${n} returned false at ${slow.writableLength}`);
      slow.once('drain', () => { console.log('slow drain'); produce(); });
      return;
    }
  }
  slow.end(() => console.log('slow finished'));
}
produce();

let k = 0;
const source = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    k++;
    console.log(`read ${k}, buffered ${this.readableLength}`);
    this.push(k <= 4 ? k : null);
  },
});
const sink = new Writable({
  objectMode: true,
  highWaterMark: 1,
  write(v, encoding, done) {
    console.log(`sink ${v}, source buffered ${source.readableLength}`);
    setImmediate(done);
  },
});
source.pipe(sink).on('finish', () => console.log('sink finished'));
