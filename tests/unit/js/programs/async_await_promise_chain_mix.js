async function f() {
  console.log(1);
  await new Promise(r => { console.log(2); r(); });
  console.log(3);
  await Promise.resolve().then(() => console.log(4));
  console.log(5);
}
f().then(() => console.log(6));
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d'));
console.log('sync');
