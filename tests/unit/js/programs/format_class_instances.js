class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
console.log(new Point(1, 2), new Empty(), [new Point(0, 0)], { p: new Point(3, 4) });
function Old(v) { this.v = v; } console.log(new Old(5));
const withProto = Object.create({ inherited: 1 }); withProto.own = 2; console.log(withProto);
