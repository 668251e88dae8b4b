// Lists fire in expiry order; FIFO inside one duration's list.
setTimeout(() => console.log('A 5ms'), 5);
setTimeout(() => console.log('B 3ms'), 3);
setTimeout(() => console.log('C 5ms'), 5);
setTimeout(() => console.log('D 1ms'), 1);
const end = Date.now() + 20; while (Date.now() < end) {}
