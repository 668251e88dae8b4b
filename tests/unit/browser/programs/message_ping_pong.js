const {port1, port2} = new MessageChannel();
let count = 0;
port1.onmessage = (e) => {
  console.log('port1 got', e.data);
  if (++count < 3) port1.postMessage(e.data + 1);
};
port2.onmessage = (e) => {
  console.log('port2 got', e.data);
  port2.postMessage(e.data + 1);
};
port1.postMessage(0);
queueMicrotask(() => console.log('microtask first'));
