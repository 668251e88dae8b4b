// Array.from({length: 2^31}): valid, but its elements are reserved before the first Get.
console.log(Array.from({ length: 2 ** 31 }).length);
