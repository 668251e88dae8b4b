Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4')).then(() => console.log('p5'));
process.nextTick(() => console.log('tick'));
import('./b.mjs').then(ns => console.log('imported', ns));
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'));
