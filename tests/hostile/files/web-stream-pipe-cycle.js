// A TransformStream piped into itself waits forever on its own backpressure: nothing is left
// to run, so the program ends quietly, as in node.
const ts = new TransformStream();
ts.readable.pipeTo(ts.writable);
const w = new WritableStream({ write() { return new Promise(() => {}); } }).getWriter();
w.write(1); w.write(2);
console.log('end');
