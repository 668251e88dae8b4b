const button = document.createElement('button');
button.id = 'button';
document.body.appendChild(button);
button.addEventListener('click', () => {
  Promise.resolve().then(() => console.log('microtask 1'));
  console.log('listener 1');
});
button.addEventListener('click', () => {
  Promise.resolve().then(() => console.log('microtask 2'));
  console.log('listener 2');
});
button.click();
console.log('after click()');
