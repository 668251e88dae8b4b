setTimeout((x, y) => console.log('args', x, y), 0, 'one', 2);
setTimeout(() => console.log('negative delay'), -5);
setTimeout(() => console.log('string 3'), '3');
setImmediate((z) => console.log('immediate arg', z), 'zed');
process.nextTick((a, b) => console.log('tick args', a, b), 1, 2);
