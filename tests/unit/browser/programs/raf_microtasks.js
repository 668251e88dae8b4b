setTimeout(() => {
  requestAnimationFrame(() => {
    console.log('frame callback 1');
    Promise.resolve().then(() => console.log('microtask from frame 1'));
  });
  requestAnimationFrame(() => {
    console.log('frame callback 2');
    Promise.resolve().then(() => console.log('microtask from frame 2'));
  });
  console.log('registered two frame callbacks');
}, 0);
