// Two workers talk over a MessageChannel whose ports the main thread hands them in transfer
// lists: after the transfer each port belongs to its worker, and closing one side closes the
// other ('close' on the peer: the pong worker then exits with code 5). The main thread only
// hears what the workers report.
const { Worker, MessageChannel } = require('worker_threads');
const code = `
const { parentPort, workerData } = require('worker_threads');
parentPort.once('message', ({ port }) => {
  if (workerData === 'ping') {
    let n = 0;
    port.on('message', (m) => {
      parentPort.postMessage('ping worker got ' + m);
      if (++n < 3) port.postMessage('ping ' + n);
      else port.close();
    });
    port.postMessage('ping 0');
  } else {
    port.on('message', (m) => port.postMessage('pong for ' + m));
    port.on('close', () => { process.exitCode = 5; });  // shows in the exit code
  }
});
`;
const a = new Worker(code, { eval: true, workerData: 'ping' });
const b = new Worker(code, { eval: true, workerData: 'pong' });
const { port1, port2 } = new MessageChannel();
b.postMessage({ port: port2 }, [port2]);
a.postMessage({ port: port1 }, [port1]);
const codes = {};
for (const [name, w] of [['a', a], ['b', b]]) {
  w.on('message', (m) => console.log(m));
  w.on('exit', (c) => {
    codes[name] = c;
    if (Object.keys(codes).length === 2) console.log('exit codes', codes.a, codes.b);
  });
}
try {
  port1.postMessage('too late');
  console.log('a transferred port is detached: posting to it does nothing');
} catch (e) {
  console.log(e.name);
}
