const a = 1;
if (a) {
  console.log(a;
}
