// engine/js/ieee754.cpp — ports of fdlibm's algorithms as V8 11.3 uses them for Math.
//
// The algorithms and constants are fdlibm's (http://www.netlib.org/fdlibm), with the
// changes V8's src/base/ieee754.cc makes (exp(1) returns E; cbrt, log2 and log10 are
// FreeBSD's msun versions; cosh, sinh and tanh as V8 writes them). fdlibm's notice:
//   Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//   Developed at SunSoft, a Sun Microsystems, Inc. business.
//   Permission to use, copy, modify, and distribute this software is freely granted,
//   provided that this notice is preserved.
// The order of every operation matters (the results must be V8's to the last bit), so this
// file is built without floating-point contraction (engine/CMakeLists.txt).
#include "engine/js/ieee754.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace loopscope::js::ieee754 {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// fdlibm reads and writes the two 32-bit halves of a double.
int32_t High(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return static_cast<int32_t>(bits >> 32);
}
uint32_t Low(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return static_cast<uint32_t>(bits);
}
double FromWords(uint32_t high, uint32_t low) {
  uint64_t bits = (static_cast<uint64_t>(high) << 32) | low;
  double d;
  std::memcpy(&d, &bits, 8);
  return d;
}
double WithHigh(double d, uint32_t high) {
  return FromWords(high, Low(d));
}
double WithLow(double d, uint32_t low) {
  return FromWords(static_cast<uint32_t>(High(d)), low);
}

// [SECTION] argument reduction for sin, cos and tan

// 2/pi in 24-bit chunks (fdlibm's two_over_pi).
constexpr int32_t kTwoOverPi[] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
    0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
    0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
    0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
    0x73A8C9, 0x60E27B, 0xC08C6B,
};
// High words of n*pi/2 for n = 1..32 (fdlibm's npio2_hw).
constexpr int32_t kNPiOver2High[] = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
};

// fdlibm's __kernel_rem_pio2 for 53-bit precision (prec = 2, as V8 calls it): x[0..nx) are
// 24-bit pieces of |x| scaled by 2^e0; returns the last three bits of N with
// y[0] + y[1] = x - N*pi/2.
int RemPio2Large(const double* x, double* y, int e0, int nx) {
  constexpr double kPiOver2Chunks[] = {
      1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15,
      3.28200341580791294123e-22, 1.27065575308067607349e-29, 1.22933308981111328932e-36,
      2.73370053816464559624e-44, 2.16741683877804819444e-51,
  };
  constexpr double kTwo24 = 1.67772160000000000000e+07, kTwoM24 = 5.96046447753906250000e-08;
  const int jk = 4;  // init_jk[prec = 2]
  const int jp = jk;
  int32_t iq[20];
  double f[20], fq[20], q[20];
  int jx = nx - 1;
  int jv = (e0 - 3) / 24;
  if (jv < 0) jv = 0;
  int q0 = e0 - 24 * (jv + 1);
  for (int i = 0, j = jv - jx; i <= jx + jk; i++, j++)
    f[i] = j < 0 ? 0.0 : static_cast<double>(kTwoOverPi[j]);
  for (int i = 0; i <= jk; i++) {
    double fw = 0.0;
    for (int j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
    q[i] = fw;
  }
  int jz = jk;
  int n, ih;
  double z;
  for (;;) {  // fdlibm's `recompute:` loop
    z = q[jz];
    for (int i = 0, j = jz; j > 0; i++, j--) {
      double fw = static_cast<double>(static_cast<int32_t>(kTwoM24 * z));
      iq[i] = static_cast<int32_t>(z - kTwo24 * fw);
      z = q[j - 1] + fw;
    }
    z = std::scalbn(z, q0);
    z -= 8.0 * std::floor(z * 0.125);
    n = static_cast<int32_t>(z);
    z -= static_cast<double>(n);
    ih = 0;
    if (q0 > 0) {
      int32_t i = iq[jz - 1] >> (24 - q0);
      n += i;
      iq[jz - 1] -= i << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 == 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      n += 1;
      int carry = 0;
      for (int i = 0; i < jz; i++) {
        int32_t j = iq[i];
        if (carry == 0) {
          if (j != 0) {
            carry = 1;
            iq[i] = 0x1000000 - j;
          }
        } else {
          iq[i] = 0xFFFFFF - j;
        }
      }
      if (q0 == 1) iq[jz - 1] &= 0x7FFFFF;
      if (q0 == 2) iq[jz - 1] &= 0x3FFFFF;
      if (ih == 2) {
        z = 1.0 - z;
        if (carry != 0) z -= std::scalbn(1.0, q0);
      }
    }
    if (z != 0.0) break;
    int32_t j = 0;
    for (int i = jz - 1; i >= jk; i--) j |= iq[i];
    if (j != 0) break;
    int k = 1;
    while (jk >= k && iq[jk - k] == 0) k++;
    for (int i = jz + 1; i <= jz + k; i++) {
      f[jx + i] = kTwoOverPi[jv + i];
      double fw = 0.0;
      for (int jj = 0; jj <= jx; jj++) fw += x[jj] * f[jx + i - jj];
      q[i] = fw;
    }
    jz += k;
  }
  if (z == 0.0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] == 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z = std::scalbn(z, -q0);
    if (z >= kTwo24) {
      double fw = static_cast<double>(static_cast<int32_t>(kTwoM24 * z));
      iq[jz] = static_cast<int32_t>(z - kTwo24 * fw);
      jz += 1;
      q0 += 24;
      iq[jz] = static_cast<int32_t>(fw);
    } else {
      iq[jz] = static_cast<int32_t>(z);
    }
  }
  double fw = std::scalbn(1.0, q0);
  for (int i = jz; i >= 0; i--) {
    q[i] = fw * iq[i];
    fw *= kTwoM24;
  }
  for (int i = jz; i >= 0; i--) {
    fw = 0.0;
    for (int k = 0; k <= jp && k <= jz - i; k++) fw += kPiOver2Chunks[k] * q[i + k];
    fq[jz - i] = fw;
  }
  fw = 0.0;
  for (int i = jz; i >= 0; i--) fw += fq[i];
  y[0] = ih == 0 ? fw : -fw;
  fw = fq[0] - fw;
  for (int i = 1; i <= jz; i++) fw += fq[i];
  y[1] = ih == 0 ? fw : -fw;
  return n & 7;
}

// fdlibm's __ieee754_rem_pio2: y[0] + y[1] = x - n*pi/2, |y| <= pi/4; returns n.
int32_t RemPio2(double x, double* y) {
  constexpr double kInvPio2 = 6.36619772367581382433e-01, kPio2_1 = 1.57079632673412561417e+00,
                   kPio2_1t = 6.07710050650619224932e-11, kPio2_2 = 6.07710050630396597660e-11,
                   kPio2_2t = 2.02226624879595063154e-21, kPio2_3 = 2.02226624871116645580e-21,
                   kPio2_3t = 8.47842766036889956997e-32, kTwo24 = 1.67772160000000000000e+07;
  int32_t hx = High(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) {
    y[0] = x;
    y[1] = 0;
    return 0;
  }
  if (ix < 0x4002D97C) {  // |x| < 3pi/4: n = +-1
    double z;
    if (hx > 0) {
      z = x - kPio2_1;
      if (ix != 0x3FF921FB) {
        y[0] = z - kPio2_1t;
        y[1] = (z - y[0]) - kPio2_1t;
      } else {
        z -= kPio2_2;
        y[0] = z - kPio2_2t;
        y[1] = (z - y[0]) - kPio2_2t;
      }
      return 1;
    }
    z = x + kPio2_1;
    if (ix != 0x3FF921FB) {
      y[0] = z + kPio2_1t;
      y[1] = (z - y[0]) + kPio2_1t;
    } else {
      z += kPio2_2;
      y[0] = z + kPio2_2t;
      y[1] = (z - y[0]) + kPio2_2t;
    }
    return -1;
  }
  if (ix <= 0x413921FB) {  // |x| <= 2^19 * pi/2
    double t = std::fabs(x);
    int32_t n = static_cast<int32_t>(t * kInvPio2 + 0.5);
    double fn = static_cast<double>(n);
    double r = t - fn * kPio2_1;
    double w = fn * kPio2_1t;
    if (n < 32 && ix != kNPiOver2High[n - 1]) {
      y[0] = r - w;
    } else {
      int32_t j = ix >> 20;
      y[0] = r - w;
      int32_t i = j - ((High(y[0]) >> 20) & 0x7FF);
      if (i > 16) {
        t = r;
        w = fn * kPio2_2;
        r = t - w;
        w = fn * kPio2_2t - ((t - r) - w);
        y[0] = r - w;
        i = j - ((High(y[0]) >> 20) & 0x7FF);
        if (i > 49) {
          t = r;
          w = fn * kPio2_3;
          r = t - w;
          w = fn * kPio2_3t - ((t - r) - w);
          y[0] = r - w;
        }
      }
    }
    y[1] = (r - y[0]) - w;
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }
  if (ix >= 0x7FF00000) {
    y[0] = y[1] = x - x;
    return 0;
  }
  int32_t e0 = (ix >> 20) - 1046;
  double z = FromWords(static_cast<uint32_t>(ix - (e0 << 20)), Low(x));
  double tx[3];
  for (int i = 0; i < 2; i++) {
    tx[i] = static_cast<double>(static_cast<int32_t>(z));
    z = (z - tx[i]) * kTwo24;
  }
  tx[2] = z;
  int nx = 3;
  while (tx[nx - 1] == 0.0) nx--;
  int32_t n = RemPio2Large(tx, y, e0, nx);
  if (hx < 0) {
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}

// [SECTION] kernels on [-pi/4, pi/4] (y is the tail of x)

double KernelCos(double x, double y) {
  constexpr double kC1 = 4.16666666666666019037e-02, kC2 = -1.38888888888741095749e-03,
                   kC3 = 2.48015872894767294178e-05, kC4 = -2.75573143513906633035e-07,
                   kC5 = 2.08757232129817482790e-09, kC6 = -1.13596475577881948265e-11;
  int32_t ix = High(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000 && static_cast<int>(x) == 0) return 1.0;
  double z = x * x;
  double r = z * (kC1 + z * (kC2 + z * (kC3 + z * (kC4 + z * (kC5 + z * kC6)))));
  if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y));
  double qx = ix > 0x3FE90000 ? 0.28125 : FromWords(static_cast<uint32_t>(ix - 0x00200000), 0);
  double hz = 0.5 * z - qx;
  double a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

double KernelSin(double x, double y, int iy) {
  constexpr double kS1 = -1.66666666666666324348e-01, kS2 = 8.33333333332248946124e-03,
                   kS3 = -1.98412698298579493134e-04, kS4 = 2.75573137070700676789e-06,
                   kS5 = -2.50507602534068634195e-08, kS6 = 1.58969099521155010221e-10;
  int32_t ix = High(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000 && static_cast<int>(x) == 0) return x;
  double z = x * x;
  double v = z * x;
  double r = kS2 + z * (kS3 + z * (kS4 + z * (kS5 + z * kS6)));
  if (iy == 0) return x + v * (kS1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * kS1);
}

// tan(x + y) when iy = 1, -1/tan(x + y) when iy = -1.
double KernelTan(double x, double y, int iy) {
  constexpr double kT[] = {
      3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
      2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
      1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
      7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
      2.59073051863633712884e-05,
  };
  constexpr double kPio4 = 7.85398163397448278999e-01, kPio4Lo = 3.06161699786838301793e-17;
  int32_t hx = High(x);
  int32_t ix = hx & 0x7FFFFFFF;
  double z, r, v, w, s;
  if (ix < 0x3E300000 && static_cast<int>(x) == 0) {
    if (((static_cast<uint32_t>(ix) | Low(x)) | static_cast<uint32_t>(iy + 1)) == 0)
      return 1.0 / std::fabs(x);
    if (iy == 1) return x;
    w = x + y;
    z = WithLow(w, 0);
    v = y - (z - x);
    double a = -1.0 / w;
    double t = WithLow(a, 0);
    s = 1.0 + t * z;
    return t + a * (s + t * v);
  }
  if (ix >= 0x3FE59428) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    z = kPio4 - x;
    w = kPio4Lo - y;
    x = z + w;
    y = 0.0;
  }
  z = x * x;
  w = z * z;
  r = kT[1] + w * (kT[3] + w * (kT[5] + w * (kT[7] + w * (kT[9] + w * kT[11]))));
  v = z * (kT[2] + w * (kT[4] + w * (kT[6] + w * (kT[8] + w * (kT[10] + w * kT[12])))));
  s = z * x;
  r = y + z * (s * (r + v) + y);
  r += kT[0] * s;
  w = x + r;
  if (ix >= 0x3FE59428) {
    v = iy;
    return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
  }
  if (iy == 1) return w;
  z = WithLow(w, 0);
  v = r - (z - x);
  double a = -1.0 / w;
  double t = WithLow(a, 0);
  s = 1.0 + t * z;
  return t + a * (s + t * v);
}

// The rational approximation asin and acos share: R(z) for asin(x) = x + x*z*R(z).
double AsinRatio(double z, double& q_out) {
  constexpr double kPS0 = 1.66666666666666657415e-01, kPS1 = -3.25565818622400915405e-01,
                   kPS2 = 2.01212532134862925881e-01, kPS3 = -4.00555345006794114027e-02,
                   kPS4 = 7.91534994289814532176e-04, kPS5 = 3.47933107596021167570e-05,
                   kQS1 = -2.40339491173441421878e+00, kQS2 = 2.02094576023350569471e+00,
                   kQS3 = -6.88283971605453293030e-01, kQS4 = 7.70381505559019352791e-02;
  double p = z * (kPS0 + z * (kPS1 + z * (kPS2 + z * (kPS3 + z * (kPS4 + z * kPS5)))));
  q_out = 1.0 + z * (kQS1 + z * (kQS2 + z * (kQS3 + z * kQS4)));
  return p;
}

constexpr double kPio2Hi = 1.57079632679489655800e+00, kPio2Lo = 6.12323399573676603587e-17;
constexpr double kLn2 = 6.93147180559945286227e-01;
constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
constexpr double kTwo54 = 1.80143985094819840000e+16;

}  // namespace

// [SECTION] the functions

double Acos(double x) {
  constexpr double kPi = 3.14159265358979311600e+00;
  int32_t hx = High(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x3FF00000) {
    if (((static_cast<uint32_t>(ix - 0x3FF00000)) | Low(x)) == 0)
      return hx > 0 ? 0.0 : kPi + 2.0 * kPio2Lo;
    return kNaN;
  }
  double q;
  if (ix < 0x3FE00000) {
    if (ix <= 0x3C600000) return kPio2Hi + kPio2Lo;
    double z = x * x;
    double p = AsinRatio(z, q);
    double r = p / q;
    return kPio2Hi - (x - (kPio2Lo - x * r));
  }
  if (hx < 0) {
    double z = (1.0 + x) * 0.5;
    double p = AsinRatio(z, q);
    double s = std::sqrt(z);
    double r = p / q;
    double w = r * s - kPio2Lo;
    return kPi - 2.0 * (s + w);
  }
  double z = (1.0 - x) * 0.5;
  double s = std::sqrt(z);
  double df = WithLow(s, 0);
  double c = (z - df * df) / (s + df);
  double p = AsinRatio(z, q);
  double r = p / q;
  double w = r * s + c;
  return 2.0 * (df + w);
}

double Acosh(double x) {
  int32_t hx = High(x);
  if (hx < 0x3FF00000) return kNaN;
  if (hx >= 0x41B00000) return hx >= 0x7FF00000 ? x + x : Log(x) + kLn2;
  if (((static_cast<uint32_t>(hx - 0x3FF00000)) | Low(x)) == 0) return 0.0;
  if (hx > 0x40000000) {
    double t = x * x;
    return Log(2.0 * x - 1.0 / (x + std::sqrt(t - 1.0)));
  }
  double t = x - 1.0;
  return Log1p(t + std::sqrt(2.0 * t + t * t));
}

double Asin(double x) {
  constexpr double kHuge = 1.000e+300, kPio4Hi = 7.85398163397448278999e-01;
  int32_t hx = High(x);
  int32_t ix = hx & 0x7FFFFFFF;
  double t = 0, q;
  if (ix >= 0x3FF00000) {
    if (((static_cast<uint32_t>(ix - 0x3FF00000)) | Low(x)) == 0) return x * kPio2Hi + x * kPio2Lo;
    return kNaN;
  }
  if (ix < 0x3FE00000) {
    if (ix < 0x3E400000) {
      if (kHuge + x > 1.0) return x;
    } else {
      t = x * x;
    }
    double p = AsinRatio(t, q);
    double w = p / q;
    return x + x * w;
  }
  double w = 1.0 - std::fabs(x);
  t = w * 0.5;
  double p = AsinRatio(t, q);
  double s = std::sqrt(t);
  if (ix >= 0x3FEF3333) {
    w = p / q;
    t = kPio2Hi - (2.0 * (s + s * w) - kPio2Lo);
  } else {
    w = WithLow(s, 0);
    double c = (t - w * w) / (s + w);
    double r = p / q;
    p = 2.0 * s * r - (kPio2Lo - 2.0 * c);
    q = kPio4Hi - 2.0 * w;
    t = kPio4Hi - (p - q);
  }
  return hx > 0 ? t : -t;
}

double Asinh(double x) {
  constexpr double kHuge = 1.00000000000000000000e+300;
  int32_t hx = High(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return x + x;
  if (ix < 0x3E300000 && kHuge + x > 1.0) return x;
  double w;
  if (ix > 0x41B00000) {
    w = Log(std::fabs(x)) + kLn2;
  } else if (ix > 0x40000000) {
    double t = std::fabs(x);
    w = Log(2.0 * t + 1.0 / (std::sqrt(x * x + 1.0) + t));
  } else {
    double t = x * x;
    w = Log1p(std::fabs(x) + t / (1.0 + std::sqrt(1.0 + t)));
  }
  return hx > 0 ? w : -w;
}

double Atan(double x) {
  constexpr double kAtanHi[] = {4.63647609000806093515e-01, 7.85398163397448278999e-01,
                                9.82793723247329054082e-01, 1.57079632679489655800e+00};
  constexpr double kAtanLo[] = {2.26987774529616870924e-17, 3.06161699786838301793e-17,
                                1.39033110312309984516e-17, 6.12323399573676603587e-17};
  constexpr double kAT[] = {
      3.33333333333329318027e-01,  -1.99999999998764832476e-01, 1.42857142725034663711e-01,
      -1.11111104054623557880e-01, 9.09088713343650656196e-02,  -7.69187620504482999495e-02,
      6.66107313738753120669e-02,  -5.83357013379057348645e-02, 4.97687799461593236017e-02,
      -3.65315727442169155270e-02, 1.62858201153657823623e-02,
  };
  constexpr double kHuge = 1.0e300;
  int32_t hx = High(x);
  int32_t ix = hx & 0x7FFFFFFF;
  int id;
  if (ix >= 0x44100000) {  // |x| >= 2^66
    if (ix > 0x7FF00000 || (ix == 0x7FF00000 && Low(x) != 0)) return x + x;
    return hx > 0 ? kAtanHi[3] + kAtanLo[3] : -kAtanHi[3] - kAtanLo[3];
  }
  if (ix < 0x3FDC0000) {
    if (ix < 0x3E400000 && kHuge + x > 1.0) return x;
    id = -1;
  } else {
    x = std::fabs(x);
    if (ix < 0x3FF30000) {
      if (ix < 0x3FE60000) {
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else {
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) {
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else {
      id = 3;
      x = -1.0 / x;
    }
  }
  double z = x * x;
  double w = z * z;
  double s1 =
      z * (kAT[0] + w * (kAT[2] + w * (kAT[4] + w * (kAT[6] + w * (kAT[8] + w * kAT[10])))));
  double s2 = w * (kAT[1] + w * (kAT[3] + w * (kAT[5] + w * (kAT[7] + w * kAT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  z = kAtanHi[id] - ((x * (s1 + s2) - kAtanLo[id]) - x);
  return hx < 0 ? -z : z;
}

double Atanh(double x) {
  constexpr double kHuge = 1e300;
  int32_t hx = High(x);
  uint32_t lx = Low(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if ((static_cast<uint32_t>(ix) | ((lx | (0u - lx)) >> 31)) > 0x3FF00000) return kNaN;
  if (ix == 0x3FF00000) return x > 0 ? kInf : -kInf;
  if (ix < 0x3E300000 && (kHuge + x) > 0.0) return x;
  x = WithHigh(x, static_cast<uint32_t>(ix));
  double t;
  if (ix < 0x3FE00000) {
    t = x + x;
    t = 0.5 * Log1p(t + t * x / (1.0 - x));
  } else {
    t = 0.5 * Log1p((x + x) / (1.0 - x));
  }
  return hx >= 0 ? t : -t;
}

double Atan2(double y, double x) {
  constexpr double kTiny = 1.0e-300, kPiO4 = 7.8539816339744827900E-01,
                   kPiO2 = 1.5707963267948965580E+00, kPi = 3.1415926535897931160E+00,
                   kPiLo = 1.2246467991473531772E-16;
  int32_t hx = High(x), hy = High(y);
  uint32_t lx = Low(x), ly = Low(y);
  int32_t ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF;
  if ((static_cast<uint32_t>(ix) | ((lx | (0u - lx)) >> 31)) > 0x7FF00000 ||
      (static_cast<uint32_t>(iy) | ((ly | (0u - ly)) >> 31)) > 0x7FF00000)
    return x + y;
  if (((static_cast<uint32_t>(hx) - 0x3FF00000u) | lx) == 0) return Atan(y);
  int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);  // 2*sign(x) + sign(y)
  if ((static_cast<uint32_t>(iy) | ly) == 0) {
    switch (m) {
      case 0:
      case 1:
        return y;
      case 2:
        return kPi + kTiny;
      default:
        return -kPi - kTiny;
    }
  }
  if ((static_cast<uint32_t>(ix) | lx) == 0) return hy < 0 ? -kPiO2 - kTiny : kPiO2 + kTiny;
  if (ix == 0x7FF00000) {
    if (iy == 0x7FF00000) {
      constexpr double kBoth[] = {kPiO4 + kTiny, -kPiO4 - kTiny, 3.0 * kPiO4 + kTiny,
                                  -3.0 * kPiO4 - kTiny};
      return kBoth[m];
    }
    constexpr double kXInf[] = {0.0, -0.0, kPi + kTiny, -kPi - kTiny};
    return kXInf[m];
  }
  if (iy == 0x7FF00000) return hy < 0 ? -kPiO2 - kTiny : kPiO2 + kTiny;
  int32_t k = (iy - ix) >> 20;
  double z;
  if (k > 60) {
    z = kPiO2 + 0.5 * kPiLo;
    m &= 1;
  } else if (hx < 0 && k < -60) {
    z = 0.0;
  } else {
    z = Atan(std::fabs(y / x));
  }
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return kPi - (z - kPiLo);
    default:
      return (z - kPiLo) - kPi;
  }
}

// FreeBSD's s_cbrt.c, as V8 uses it.
double Cbrt(double x) {
  constexpr uint32_t kB1 = 715094163, kB2 = 696219795;
  constexpr double kP0 = 1.87595182427177009643, kP1 = -1.88497979543377169875,
                   kP2 = 1.621429720105354466140, kP3 = -0.758397934778766047437,
                   kP4 = 0.145996192886612446982;
  uint32_t hx = static_cast<uint32_t>(High(x));
  uint32_t low = Low(x);
  uint32_t sign = hx & 0x80000000u;
  hx ^= sign;
  if (hx >= 0x7FF00000u) return x + x;
  double t;
  if (hx < 0x00100000u) {
    if ((hx | low) == 0) return x;
    t = FromWords(0x43500000u, 0) * x;
    t = FromWords(sign | ((static_cast<uint32_t>(High(t)) & 0x7FFFFFFFu) / 3 + kB2), 0);
  } else {
    t = FromWords(sign | (hx / 3 + kB1), 0);
  }
  double r = (t * t) * (t / x);
  t = t * ((kP0 + r * (kP1 + r * kP2)) + ((r * r) * r) * (kP3 + r * kP4));
  uint64_t bits;
  std::memcpy(&bits, &t, 8);
  bits = (bits + 0x80000000u) & 0xFFFFFFFFC0000000ULL;
  std::memcpy(&t, &bits, 8);
  double s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}

double Cos(double x) {
  int32_t ix = High(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return KernelCos(x, 0.0);
  if (ix >= 0x7FF00000) return x - x;
  double y[2];
  switch (RemPio2(x, y) & 3) {
    case 0:
      return KernelCos(y[0], y[1]);
    case 1:
      return -KernelSin(y[0], y[1], 1);
    case 2:
      return -KernelCos(y[0], y[1]);
    default:
      return KernelSin(y[0], y[1], 1);
  }
}

double Cosh(double x) {
  constexpr double kOverflow = 710.4758600739439, kHuge = 1.0e+300;
  int32_t ix = High(x) & 0x7FFFFFFF;
  if (ix < 0x3FD62E43) {
    double t = Expm1(std::fabs(x));
    double w = 1.0 + t;
    if (ix < 0x3C800000) return w;
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    double t = Exp(std::fabs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862E42) return 0.5 * Exp(std::fabs(x));
  if (std::fabs(x) <= kOverflow) {
    double w = Exp(0.5 * std::fabs(x));
    double t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7FF00000) return x * x;
  return kHuge * kHuge;
}

double Exp(double x) {
  constexpr double kHalf[2] = {0.5, -0.5}, kOThreshold = 7.09782712893383973096e+02,
                   kUThreshold = -7.45133219101941108420e+02, kLn2HiPair[2] = {kLn2Hi, -kLn2Hi},
                   kLn2LoPair[2] = {kLn2Lo, -kLn2Lo}, kInvLn2 = 1.44269504088896338700e+00,
                   kP1 = 1.66666666666666019037e-01, kP2 = -2.77777777770155933842e-03,
                   kP3 = 6.61375632143793436117e-05, kP4 = -1.65339022054652515390e-06,
                   kP5 = 4.13813679705723846039e-08, kE = 2.718281828459045, kHuge = 1.0e+300,
                   kTwoM1000 = 9.33263618503218878990e-302, kTwo1023 = 8.988465674311579539e307;
  uint32_t hx = static_cast<uint32_t>(High(x));
  int xsb = static_cast<int>((hx >> 31) & 1);
  hx &= 0x7FFFFFFF;
  if (hx >= 0x40862E42) {
    if (hx >= 0x7FF00000) {
      if (((hx & 0xFFFFF) | Low(x)) != 0) return x + x;
      return xsb == 0 ? x : 0.0;
    }
    if (x > kOThreshold) return kHuge * kHuge;
    if (x < kUThreshold) return kTwoM1000 * kTwoM1000;
  }
  double hi = 0.0, lo = 0.0;
  int32_t k = 0;
  if (hx > 0x3FD62E42) {
    if (hx < 0x3FF0A2B2) {
      if (x == 1.0) return kE;  // V8: the algorithm would get exp(1)'s last bit wrong
      hi = x - kLn2HiPair[xsb];
      lo = kLn2LoPair[xsb];
      k = 1 - xsb - xsb;
    } else {
      k = static_cast<int32_t>(kInvLn2 * x + kHalf[xsb]);
      double t = k;
      hi = x - t * kLn2HiPair[0];
      lo = t * kLn2LoPair[0];
    }
    x = hi - lo;
  } else if (hx < 0x3E300000) {
    if (kHuge + x > 1.0) return 1.0 + x;
  }
  double t = x * x;
  double twopk = k >= -1021 ? FromWords(0x3FF00000u + (static_cast<uint32_t>(k) << 20), 0)
                            : FromWords(0x3FF00000u + (static_cast<uint32_t>(k + 1000) << 20), 0);
  double c = x - t * (kP1 + t * (kP2 + t * (kP3 + t * (kP4 + t * kP5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k == 1024) return y * 2.0 * kTwo1023;
    return y * twopk;
  }
  return y * twopk * kTwoM1000;
}

double Expm1(double x) {
  constexpr double kTiny = 1.0e-300, kOThreshold = 7.09782712893383973096e+02,
                   kInvLn2 = 1.44269504088896338700e+00, kQ1 = -3.33333333333331316428e-02,
                   kQ2 = 1.58730158725481460165e-03, kQ3 = -7.93650757867487942473e-05,
                   kQ4 = 4.00821782732936239552e-06, kQ5 = -2.01099218183624371326e-07,
                   kHuge = 1.0e+300;
  uint32_t hx = static_cast<uint32_t>(High(x));
  uint32_t xsb = hx & 0x80000000u;
  hx &= 0x7FFFFFFF;
  if (hx >= 0x4043687A) {  // |x| >= 56*ln2
    if (hx >= 0x40862E42) {
      if (hx >= 0x7FF00000) {
        if (((hx & 0xFFFFF) | Low(x)) != 0) return x + x;
        return xsb == 0 ? x : -1.0;
      }
      if (x > kOThreshold) return kHuge * kHuge;
    }
    if (xsb != 0 && x + kTiny < 0.0) return kTiny - 1.0;
  }
  double hi, lo, c = 0.0;
  int32_t k;
  if (hx > 0x3FD62E42) {
    if (hx < 0x3FF0A2B2) {
      if (xsb == 0) {
        hi = x - kLn2Hi;
        lo = kLn2Lo;
        k = 1;
      } else {
        hi = x + kLn2Hi;
        lo = -kLn2Lo;
        k = -1;
      }
    } else {
      k = static_cast<int32_t>(kInvLn2 * x + (xsb == 0 ? 0.5 : -0.5));
      double t = k;
      hi = x - t * kLn2Hi;
      lo = t * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3C900000) {
    double t = kHuge + x;
    return x - (t - (kHuge + x));
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1.0 + hxs * (kQ1 + hxs * (kQ2 + hxs * (kQ3 + hxs * (kQ4 + hxs * kQ5))));
  double t = 3.0 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  double twopk = FromWords(0x3FF00000u + (static_cast<uint32_t>(k) << 20), 0);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  double y;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = k == 1024 ? y * 2.0 * 8.98846567431158e+307 : y * twopk;
    return y - 1.0;
  }
  if (k < 20) {
    t = FromWords(0x3FF00000u - (0x200000u >> k), 0);  // 1 - 2^-k
    y = t - (e - x);
    return y * twopk;
  }
  t = FromWords(static_cast<uint32_t>(0x3FF - k) << 20, 0);  // 2^-k
  y = x - (e + t);
  y += 1.0;
  return y * twopk;
}

double Log(double x) {
  constexpr double kLg1 = 6.666666666666735130e-01, kLg2 = 3.999999999940941908e-01,
                   kLg3 = 2.857142874366239149e-01, kLg4 = 2.222219843214978396e-01,
                   kLg5 = 1.818357216161805012e-01, kLg6 = 1.531383769920937332e-01,
                   kLg7 = 1.479819860511658591e-01;
  int32_t hx = High(x);
  uint32_t lx = Low(x);
  int32_t k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7FFFFFFF) | static_cast<int32_t>(lx)) == 0) return -kInf;
    if (hx < 0) return kNaN;
    k -= 54;
    x *= kTwo54;
    hx = High(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  int32_t i = (hx + 0x95F64) & 0x100000;
  x = WithHigh(x, static_cast<uint32_t>(hx | (i ^ 0x3FF00000)));
  k += i >> 20;
  double f = x - 1.0;
  double dk;
  if ((0x000FFFFF & (2 + hx)) < 3) {
    if (f == 0.0) {
      if (k == 0) return 0.0;
      dk = static_cast<double>(k);
      return dk * kLn2Hi + dk * kLn2Lo;
    }
    double r = f * f * (0.5 - 0.33333333333333333 * f);
    if (k == 0) return f - r;
    dk = static_cast<double>(k);
    return dk * kLn2Hi - ((r - dk * kLn2Lo) - f);
  }
  double s = f / (2.0 + f);
  dk = static_cast<double>(k);
  double z = s * s;
  i = hx - 0x6147A;
  double w = z * z;
  int32_t j = 0x6B851 - hx;
  double t1 = w * (kLg2 + w * (kLg4 + w * kLg6));
  double t2 = z * (kLg1 + w * (kLg3 + w * (kLg5 + w * kLg7)));
  i |= j;
  double r = t2 + t1;
  if (i > 0) {
    double hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + r));
    return dk * kLn2Hi - ((hfsq - (s * (hfsq + r) + dk * kLn2Lo)) - f);
  }
  if (k == 0) return f - s * (f - r);
  return dk * kLn2Hi - ((s * (f - r) - dk * kLn2Lo) - f);
}

double Log1p(double x) {
  constexpr double kLp1 = 6.666666666666735130e-01, kLp2 = 3.999999999940941908e-01,
                   kLp3 = 2.857142874366239149e-01, kLp4 = 2.222219843214978396e-01,
                   kLp5 = 1.818357216161805012e-01, kLp6 = 1.531383769920937332e-01,
                   kLp7 = 1.479819860511658591e-01;
  int32_t hx = High(x);
  int32_t ax = hx & 0x7FFFFFFF;
  int32_t k = 1, hu = 0;
  double f = 0, c = 0;
  if (hx < 0x3FDA827A) {
    if (ax >= 0x3FF00000) return x == -1.0 ? -kInf : kNaN;
    if (ax < 0x3E200000) {
      if (kTwo54 + x > 0.0 && ax < 0x3C900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= static_cast<int32_t>(0xBFD2BEC4)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7FF00000) return x + x;
  if (k != 0) {
    double u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = High(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = High(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000FFFFF;
    if (hu < 0x6A09E) {
      u = WithHigh(u, static_cast<uint32_t>(hu | 0x3FF00000));
    } else {
      k += 1;
      u = WithHigh(u, static_cast<uint32_t>(hu | 0x3FE00000));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  if (hu == 0) {
    if (f == 0.0) {
      if (k == 0) return 0.0;
      c += k * kLn2Lo;
      return k * kLn2Hi + c;
    }
    double r = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - r;
    return k * kLn2Hi - ((r - (k * kLn2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double r = z * (kLp1 + z * (kLp2 + z * (kLp3 + z * (kLp4 + z * (kLp5 + z * (kLp6 + z * kLp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + r));
  return k * kLn2Hi - ((hfsq - (s * (hfsq + r) + (k * kLn2Lo + c))) - f);
}

namespace {
// FreeBSD msun's kernel k_log1p: log(1 + f) - f for 1 + f in [sqrt(2)/2, sqrt(2)].
double KernelLog1p(double f) {
  constexpr double kLg1 = 6.666666666666735130e-01, kLg2 = 3.999999999940941908e-01,
                   kLg3 = 2.857142874366239149e-01, kLg4 = 2.222219843214978396e-01,
                   kLg5 = 1.818357216161805012e-01, kLg6 = 1.531383769920937332e-01,
                   kLg7 = 1.479819860511658591e-01;
  double s = f / (2.0 + f);
  double z = s * s;
  double w = z * z;
  double t1 = w * (kLg2 + w * (kLg4 + w * kLg6));
  double t2 = z * (kLg1 + w * (kLg3 + w * (kLg5 + w * kLg7)));
  double r = t2 + t1;
  double hfsq = 0.5 * f * f;
  return s * (hfsq + r);
}
}  // namespace

// FreeBSD's e_log2.c.
double Log2(double x) {
  constexpr double kIvLn2Hi = 1.44269504072144627571e+00, kIvLn2Lo = 1.67517131648865118353e-10;
  int32_t hx = High(x);
  uint32_t lx = Low(x);
  int32_t k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7FFFFFFF) | static_cast<int32_t>(lx)) == 0) return -kInf;
    if (hx < 0) return kNaN;
    k -= 54;
    x *= kTwo54;
    hx = High(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0.0;
  k += (hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  int32_t i = (hx + 0x95F64) & 0x100000;
  x = WithHigh(x, static_cast<uint32_t>(hx | (i ^ 0x3FF00000)));
  k += i >> 20;
  double y = static_cast<double>(k);
  double f = x - 1.0;
  double hfsq = 0.5 * f * f;
  double r = KernelLog1p(f);
  double hi = WithLow(f - hfsq, 0);
  double lo = (f - hi) - hfsq + r;
  double val_hi = hi * kIvLn2Hi;
  double val_lo = (lo + hi) * kIvLn2Lo + lo * kIvLn2Hi;
  double w = y + val_hi;
  val_lo += (y - w) + val_hi;
  val_hi = w;
  return val_lo + val_hi;
}

// FreeBSD's e_log10.c as V8 has it (over Log).
double Log10(double x) {
  constexpr double kIvLn10 = 4.34294481903251816668e-01, kLog10_2Hi = 3.01029995663611771306e-01,
                   kLog10_2Lo = 3.69423907715893078616e-13;
  int32_t hx = High(x);
  uint32_t lx = Low(x);
  int32_t k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7FFFFFFF) | static_cast<int32_t>(lx)) == 0) return -kInf;
    if (hx < 0) return kNaN;
    k -= 54;
    x *= kTwo54;
    hx = High(x);
    lx = Low(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0.0;
  k += (hx >> 20) - 1023;
  int32_t i = static_cast<int32_t>((static_cast<uint32_t>(k) & 0x80000000u) >> 31);
  hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
  double y = k + i;
  x = FromWords(static_cast<uint32_t>(hx), lx);
  double z = y * kLog10_2Lo + kIvLn10 * Log(x);
  return z + y * kLog10_2Hi;
}

// fdlibm's e_pow.c (V8's ieee754::pow, behind Math.pow and **).
double Pow(double x, double y) {
  constexpr double kBp[] = {1.0, 1.5}, kDpH[] = {0.0, 5.84962487220764160156e-01},
                   kDpL[] = {0.0, 1.35003920212974897128e-08}, kTwo53 = 9007199254740992.0,
                   kHuge = 1.0e300, kTiny = 1.0e-300, kL1 = 5.99999999999994648725e-01,
                   kL2 = 4.28571428578550184252e-01, kL3 = 3.33333329818377432918e-01,
                   kL4 = 2.72728123808534006489e-01, kL5 = 2.30660745775561754067e-01,
                   kL6 = 2.06975017800338417784e-01, kP1 = 1.66666666666666019037e-01,
                   kP2 = -2.77777777770155933842e-03, kP3 = 6.61375632143793436117e-05,
                   kP4 = -1.65339022054652515390e-06, kP5 = 4.13813679705723846039e-08,
                   kLg2H = 6.93147182464599609375e-01, kLg2L = -1.90465429995776804525e-09,
                   kOvt = 8.0085662595372944372e-0017, kCp = 9.61796693925975554329e-01,
                   kCpH = 9.61796700954437255859e-01, kCpL = -7.02846165095275826516e-09,
                   kIvLn2 = 1.44269504088896338700e+00, kIvLn2H = 1.44269502162933349609e+00,
                   kIvLn2L = 1.92596299112661746887e-08;
  int32_t hx = High(x), hy = High(y);
  uint32_t lx = Low(x), ly = Low(y);
  int32_t ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;
  if ((static_cast<uint32_t>(iy) | ly) == 0) return 1.0;
  if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 ||
      (iy == 0x7ff00000 && ly != 0))
    return x + y;
  // yisint: 0 = y is not an integer, 1 = an odd integer, 2 = an even one (x < 0 only).
  int yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yisint = 2;
    } else if (iy >= 0x3ff00000) {
      int32_t k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        uint32_t j = ly >> (52 - k);
        if ((j << (52 - k)) == ly) yisint = 2 - static_cast<int>(j & 1);
      } else if (ly == 0) {
        int32_t j = iy >> (20 - k);
        if ((j << (20 - k)) == iy) yisint = 2 - (j & 1);
      }
    }
  }
  if (ly == 0) {
    if (iy == 0x7ff00000) {
      if (((static_cast<uint32_t>(ix - 0x3ff00000)) | lx) == 0) return y - y;
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0;
      return hy < 0 ? -y : 0.0;
    }
    if (iy == 0x3ff00000) return hy < 0 ? 1.0 / x : x;
    if (hy == 0x40000000) return x * x;
    if (hy == 0x3fe00000 && hx >= 0) return std::sqrt(x);
  }
  double ax = std::fabs(x);
  if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
    double z = ax;
    if (hy < 0) z = 1.0 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) == 0)
        z = kNaN;
      else if (yisint == 1)
        z = -z;
    }
    return z;
  }
  int32_t n = (hx >> 31) + 1;
  if ((n | yisint) == 0) return kNaN;
  double s = 1.0;
  if ((n | (yisint - 1)) == 0) s = -1.0;
  double t1, t2;
  if (iy > 0x41e00000) {  // |y| > 2^31
    if (iy > 0x43f00000) {
      if (ix <= 0x3fefffff) return hy < 0 ? kHuge * kHuge : kTiny * kTiny;
      if (ix >= 0x3ff00000) return hy > 0 ? kHuge * kHuge : kTiny * kTiny;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * kHuge * kHuge : s * kTiny * kTiny;
    if (ix > 0x3ff00000) return hy > 0 ? s * kHuge * kHuge : s * kTiny * kTiny;
    double t = ax - 1.0;
    double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    double u = kIvLn2H * t;
    double v = t * kIvLn2L - w * kIvLn2;
    t1 = WithLow(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      ax *= kTwo53;
      n -= 53;
      ix = High(ax);
    }
    n += (ix >> 20) - 0x3ff;
    int32_t j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    int k;
    if (j <= 0x3988E) {
      k = 0;
    } else if (j < 0xBB67A) {
      k = 1;
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = WithHigh(ax, static_cast<uint32_t>(ix));
    double u = ax - kBp[k];
    double v = 1.0 / (ax + kBp[k]);
    double ss = u * v;
    double s_h = WithLow(ss, 0);
    double t_h =
        FromWords(static_cast<uint32_t>(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)), 0);
    double t_l = ax - (t_h - kBp[k]);
    double s_l = v * ((u - s_h * t_h) - s_h * t_l);
    double s2 = ss * ss;
    double r = s2 * s2 * (kL1 + s2 * (kL2 + s2 * (kL3 + s2 * (kL4 + s2 * (kL5 + s2 * kL6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = WithLow(3.0 + s2 + r, 0);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    double p_h = WithLow(u + v, 0);
    double p_l = v - (p_h - u);
    double z_h = kCpH * p_h;
    double z_l = kCpL * p_h + p_l * kCp + kDpL[k];
    double t = static_cast<double>(n);
    t1 = WithLow(((z_h + z_l) + kDpH[k]) + t, 0);
    t2 = z_l - (((t1 - t) - kDpH[k]) - z_h);
  }
  double y1 = WithLow(y, 0);
  double p_l = (y - y1) * t1 + y * t2;
  double p_h = y1 * t1;
  double z = p_l + p_h;
  int32_t j = High(z);
  int32_t i = static_cast<int32_t>(Low(z));
  if (j >= 0x40900000) {
    if (((j - 0x40900000) | i) != 0) return s * kHuge * kHuge;
    if (p_l + kOvt > z - p_h) return s * kHuge * kHuge;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    if (((static_cast<uint32_t>(j) - 0xc090cc00u) | static_cast<uint32_t>(i)) != 0)
      return s * kTiny * kTiny;
    if (p_l <= z - p_h) return s * kTiny * kTiny;
  }
  i = j & 0x7fffffff;
  int32_t k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) {
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    double t = FromWords(static_cast<uint32_t>(n & ~(0x000fffff >> k)), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    p_h -= t;
  }
  double t = WithLow(p_l + p_h, 0);
  double u = t * kLg2H;
  double v = (p_l - (t - p_h)) * kLn2 + t * kLg2L;
  z = u + v;
  double w = v - (z - u);
  t = z * z;
  t1 = z - t * (kP1 + t * (kP2 + t * (kP3 + t * (kP4 + t * kP5))));
  double r = (z * t1) / ((t1 - 2.0) - (w + z * w));
  z = 1.0 - (r - z);
  j = High(z);
  j += static_cast<int32_t>(static_cast<uint32_t>(n) << 20);
  if ((j >> 20) <= 0)
    z = std::scalbn(z, n);
  else
    z = WithHigh(
        z, static_cast<uint32_t>(High(z) + static_cast<int32_t>(static_cast<uint32_t>(n) << 20)));
  return s * z;
}

double Sin(double x) {
  int32_t ix = High(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return KernelSin(x, 0.0, 0);
  if (ix >= 0x7FF00000) return x - x;
  double y[2];
  switch (RemPio2(x, y) & 3) {
    case 0:
      return KernelSin(y[0], y[1], 1);
    case 1:
      return KernelCos(y[0], y[1]);
    case 2:
      return -KernelSin(y[0], y[1], 1);
    default:
      return -KernelCos(y[0], y[1]);
  }
}

double Sinh(double x) {
  constexpr double kOverflow = 710.4758600739439, kTwoM28 = 3.725290298461914e-9,
                   kLogMaxD = 709.7822265625, kShuge = 1.0e307;
  double h = x < 0 ? -0.5 : 0.5;
  double ax = std::fabs(x);
  if (ax < 22) {
    if (ax < kTwoM28) return x;
    double t = Expm1(ax);
    if (ax < 1) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < kLogMaxD) return h * Exp(ax);
  if (ax <= kOverflow) {
    double w = Exp(0.5 * ax);
    double t = h * w;
    return t * w;
  }
  return x * kShuge;
}

double Tan(double x) {
  int32_t ix = High(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return KernelTan(x, 0.0, 1);
  if (ix >= 0x7FF00000) return x - x;
  double y[2];
  int32_t n = RemPio2(x, y);
  return KernelTan(y[0], y[1], 1 - ((n & 1) << 1));
}

double Tanh(double x) {
  constexpr double kTiny = 1.0e-300, kHuge = 1.0e300;
  int32_t jx = High(x);
  int32_t ix = jx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
  double z;
  if (ix < 0x40360000) {
    if (ix < 0x3E300000 && kHuge + x > 1.0) return x;
    if (ix >= 0x3FF00000) {
      double t = Expm1(2.0 * std::fabs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      double t = Expm1(-2.0 * std::fabs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - kTiny;
  }
  return jx >= 0 ? z : -z;
}

}  // namespace loopscope::js::ieee754
