// One file, two roles: the main thread starts itself as a worker (isMainThread tells them
// apart); ping-pong over parentPort until the worker closes its port and so ends.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { rounds: 3, name: 'echo' } });
  let round = 0;
  w.on('message', (m) => {
    console.log('main got', m);
    if (++round < 3) w.postMessage(round);
    else w.postMessage('stop');
  });
  w.on('exit', (code) => console.log('worker exited', code, 'threadId', w.threadId));
  w.postMessage(0);
  console.log('main posted before the worker started');
} else {
  console.log('worker', threadId, workerData.name, workerData.rounds);
  parentPort.on('message', (m) => {
    if (m === 'stop') {
      console.log('worker stops');
      parentPort.close();
      return;
    }
    parentPort.postMessage({ pong: m, squared: m * m });
  });
}
