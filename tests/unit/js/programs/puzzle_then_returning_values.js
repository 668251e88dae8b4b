Promise.resolve(1)
  .then(x => x + 1)
  .then(x => { console.log(x); return new Promise(r => r(x * 10)); })
  .then(x => { console.log(x); return { then(res) { res(x + 5); } }; })
  .then(x => console.log(x));
Promise.resolve('side').then(v => console.log(v)).then(() => console.log('side 2')).then(() => console.log('side 3')).then(() => console.log('side 4'));
