// throw() into a suspended async generator with try/catch/finally, and a return(v) whose
// value is a promise awaited inside the generator.
async function* gen() {
  let i = 0;
  while (true) {
    try {
      yield i++;
    } catch (e) {
      console.log('gen caught', e);
      yield 'recovered';
    } finally {
      console.log('finally', i);
    }
  }
}
async function main() {
  const it = gen();
  console.log(await it.next());
  console.log(await it.throw('oops'));
  console.log(await it.next());
  console.log(await it.return(Promise.resolve('bye')));
  console.log(await it.next());
  try {
    await it.throw(new Error('after end'));
  } catch (e) {
    console.log('rejected', e.message);
  }
  const fresh = gen();
  try {
    await fresh.throw(new Error('before start'));
  } catch (e) {
    console.log('fresh rejected', e.message);
  }
  console.log(await fresh.next());
}
main();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
