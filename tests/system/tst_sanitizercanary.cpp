// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include <climits>

// Built only with -DKD_SANITIZE=ON, where CTest expects it to fail: a signed overflow the compiler
// cannot see coming. If this test ever passes, the sanitizer run would not catch undefined
// behaviour either.
class tst_SanitizerCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedOverflowIsCaught()
    {
        volatile int big = INT_MAX;
        const int sum = big + 1; // UBSan with -fno-sanitize-recover stops the process here
        QVERIFY(sum != 0);
    }
};

QTEST_GUILESS_MAIN(tst_SanitizerCanary)
#include "tst_sanitizercanary.moc"
