const target = new EventTarget();
target.addEventListener('go', async () => {
  console.log('listener start');
  await null;
  console.log('listener after await');
});
target.addEventListener('go', () => console.log('second listener'));
setTimeout(() => {
  console.log('timer dispatches');
  target.dispatchEvent(new Event('go'));
  console.log('timer ends');
}, 0);
