// Three next() calls made at once: the generator runs for the first and the others wait
// in its queue; a yield that finds a waiting request goes on without suspending.
async function* gen() {
  console.log('body start');
  const a = yield 'first';
  console.log('received', a);
  const b = yield 'second';
  console.log('received', b);
  await null;
  console.log('after await');
  return 'end';
}
const it = gen();
const ps = [it.next('ignored'), it.next('A'), it.next('B'), it.next('C'), it.next('D')];
console.log('all requested');
ps.forEach((p, i) => p.then((r) => console.log('request', i, JSON.stringify(r))));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
