// 4,000 chunks of 1 KiB through a Transform into a slow Writable (one immediate per chunk),
// the producer waiting for 'drain' each time write() returns false: about 30,000 buffer
// changes for the step log to record (tests/bench/streams_bench.cpp).
const { Transform, Writable, pipeline } = require('stream');

const chunk = Buffer.alloc(1024, 97);
const upper = new Transform({
  transform(data, encoding, done) {
    done(null, data);
  },
});
let written = 0;
const sink = new Writable({
  write(data, encoding, done) {
    written += data.length;
    setImmediate(done);
  },
});
let sent = 0;
function produce() {
  while (sent < 4000) {
    sent++;
    if (!upper.write(chunk)) {
      upper.once('drain', produce);
      return;
    }
  }
  upper.end();
}
pipeline(upper, sink, (err) => console.log('done', err, written));
produce();
