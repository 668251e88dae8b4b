// process.getActiveResourcesInfo(), process._getActiveHandles() and _getActiveRequests():
// requests in flight (FSReqCallback, FSReqPromise, GetAddrInfoReqWrap, still listed while
// their callback runs), then ref'd handles in the order they were made (stdout's and stderr's
// PipeWraps from the first write, TCP servers and sockets, a closing one until its close
// callback), then ref'd timers and immediates; an unref'd timer or handle is left out.
const fs = require('fs');
const net = require('net');
const dns = require('dns');

function owner(h) {
  if (h === process.stdout) return 'stdout';
  if (h === process.stderr) return 'stderr';
  return h.constructor.name;
}

function show(label) {
  const resources = process.getActiveResourcesInfo();
  const handles = process._getActiveHandles().map(owner);
  const requests = process._getActiveRequests().map((r) => r.constructor.name);
  console.log(label, JSON.stringify(resources), handles.join(','), requests.join(','));
}

show('start');
show('after a first write');
fs.writeFileSync('data.txt', 'some bytes');
const timeout = setTimeout(() => {}, 1000);
const interval = setInterval(() => {}, 1000);
setTimeout(() => {}, 1000).unref();
setImmediate(() => show('immediate'));
show('timers');
fs.readFile('data.txt', () => {
  show('readFile callback');
  fs.promises.stat('data.txt').then(() => {
    show('stat resolved');
    dns.lookup('localhost', () => {
      show('lookup callback');
      listen();
    });
    show('lookup pending');
  });
  show('stat pending');
});
show('readFile pending');

function listen() {
  const server = net.createServer((socket) => {
    socket.write('hi');
    socket.on('end', () => socket.end());
  });
  server.listen(0, '127.0.0.1', () => {
    show('listening');
    const client = net.connect(server.address().port, '127.0.0.1');
    client.on('data', () => {
      show('data');
      client.unref();
      show('client unref');
      client.ref();
      server.unref();
      show('server unref');
      server.ref();
      client.end();
    });
    client.on('close', () => {
      show('client closed');
      server.close(() => {
        show('server closed');
        clearTimeout(timeout);
        clearInterval(interval);
        show('timers cleared');
      });
      show('server closing');
    });
  });
}
