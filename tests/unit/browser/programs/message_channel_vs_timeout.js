const channel = new MessageChannel();
channel.port1.onmessage = (e) => {
  console.log('message', e.data);
  Promise.resolve().then(() => console.log('microtask after message', e.data));
};
setTimeout(() => console.log('timeout A'), 0);
channel.port2.postMessage('one');
setTimeout(() => console.log('timeout B'), 0);
channel.port2.postMessage('two');
Promise.resolve().then(() => console.log('microtask'));
