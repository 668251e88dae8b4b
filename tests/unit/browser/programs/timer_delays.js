setTimeout(() => console.log('10 ms'), 10);
setTimeout(() => console.log('0 ms'), 0);
setTimeout(() => console.log('5 ms'), 5);
setTimeout(() => console.log('0 ms again'), 0);
setTimeout((a, b) => console.log('with arguments', a, b), 20, 'x', 'y');
const cancelled = setTimeout(() => console.log('never'), 1);
clearTimeout(cancelled);
