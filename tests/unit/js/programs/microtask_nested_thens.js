Promise.resolve().then(() => {
  console.log('outer 1');
  Promise.resolve().then(() => console.log('inner 1')).then(() => console.log('inner 2'));
}).then(() => console.log('outer 2')).then(() => console.log('outer 3'));
Promise.resolve().then(() => console.log('second chain 1')).then(() => console.log('second chain 2'));
